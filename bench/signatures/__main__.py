from bench.signatures.run import main

raise SystemExit(main())
