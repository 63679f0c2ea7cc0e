import re

from hypothesis import given
from hypothesis import strategies as st

from concertons.campaigns.markdown import render_markdown


def test_headings_lists_and_emphasis_survive():
    html = render_markdown("## Titre\n\n- **un**\n- *deux*\n\n[site](https://example.org)")
    assert "<h2>Titre</h2>" in html
    assert "<strong>un</strong>" in html and "<em>deux</em>" in html
    assert 'href="https://example.org"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_raw_html_is_escaped_or_dropped():
    html = render_markdown(
        '<iframe src="https://evil.example"></iframe><style>body{}</style><b onmouseover=x>gras</b>'
    )
    assert "<iframe" not in html and "<style" not in html and "onmouseover" not in html


@given(st.text(max_size=2000))
def test_any_text_renders_without_script(text):
    html = render_markdown(text)
    assert "<script" not in html.lower()
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(
        href.split(":", 1)[0].lower() in {"http", "https", "mailto"} or ":" not in href for href in hrefs
    )
