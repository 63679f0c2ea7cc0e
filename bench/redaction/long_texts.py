"""How the engine's time grows with a text's length, on one text naming the same people again and again.

    python -m bench.redaction.long_texts

A testimony is at most 5,000 characters, but `concertons redact` reads files of any size, and a rule that
scans the whole text for every name it finds turns a long text into minutes. Prints the CPU time of one
detect() per length: it should grow about as the length does.
"""

import os
import time

from concertons.redaction import detect

SENTENCE = "Mme Dupont et Léa MARTIN, 12 rue des Lilas, 06 12 34 56 78. "
LENGTHS = (5_000, 20_000, 100_000)


def main() -> None:
    print("Load average at start (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    detect("Léa")  # loads the models
    for length in LENGTHS:
        text = (SENTENCE * (length // len(SENTENCE) + 1))[:length]
        start = time.process_time()
        detect(text)
        print(f"{length:>7} characters: {time.process_time() - start:6.2f} s of CPU")
    print("Load average at end (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
