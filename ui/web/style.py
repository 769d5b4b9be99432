"""The look of the web UI: a Gradio theme with system fonts (nothing fetched from the network)
and a small stylesheet for the answer, the sources panel and the Statute browser."""

from __future__ import annotations

import gradio as gr

SANS = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"]
SERIF = "Georgia, Cambria, 'Times New Roman', Times, serif"
MONO = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]


def theme() -> gr.themes.Base:
    """The Default theme with system fonts only and a sober blue/slate palette."""
    return gr.themes.Default(
        primary_hue=gr.themes.colors.blue,
        secondary_hue=gr.themes.colors.slate,
        neutral_hue=gr.themes.colors.slate,
        font=SANS,
        font_mono=MONO,
        text_size=gr.themes.sizes.text_md,
        radius_size=gr.themes.sizes.radius_md,
    ).set(
        body_text_size="16px",
        # WCAG AA: white on blue-700 is 6.7:1 (the default blue-500 was 3.68:1); placeholders 4.8:1.
        button_primary_background_fill="*primary_700",
        button_primary_background_fill_hover="*primary_800",
        button_primary_text_color="white",
        input_placeholder_color="*neutral_500",
        # "Remove" (a stop button): white on red-700 is 6.5:1 (red-500 was 3.8:1).
        button_cancel_background_fill="#b91c1c",
        button_cancel_background_fill_hover="#991b1b",
        button_cancel_text_color="white",
    )


CSS = """
:root { --rs-law: #1d4ed8; --rs-law-bg: #f5f8ff; --rs-news: #b45309; --rs-news-bg: #fffbeb;
        --rs-mark: #fef3a8; --rs-refuse: #7c3aed; --rs-refuse-bg: #f5f3ff; --rs-err: #b91c1c;
        --rs-err-bg: #fef2f2; --rs-muted: #526074; --rs-line: #e2e8f0;
        --rs-doc: #475569; --rs-doc-bg: #f1f5f9; --rs-law-strong: #1e40af; --rs-news-strong: #7c2d12; --rs-focus: #1d4ed8; --rs-flash: #bfdbfe; }
.dark { --rs-law: #93c5fd; --rs-law-bg: #0f1b33; --rs-news: #fbbf24; --rs-news-bg: #2a1d06;
        --rs-mark: #854d0e; --rs-refuse: #c4b5fd; --rs-refuse-bg: #1e1536; --rs-err: #fca5a5;
        --rs-err-bg: #2b1111; --rs-muted: #94a3b8; --rs-line: #334155;
        --rs-doc: #cbd5e1; --rs-doc-bg: #1e293b; --rs-law-strong: #bfdbfe; --rs-news-strong: #fcd34d; --rs-focus: #93c5fd; --rs-flash: #1e3a8a; }
.gradio-container { max-width: 1440px !important; }

/* a visible focus ring on everything a keyboard reaches */
.gradio-container :is(a, button, input, textarea, select, summary, [tabindex]):focus-visible {
  outline: 3px solid var(--rs-focus) !important; outline-offset: 2px; }
#rs-question textarea:focus { outline: 3px solid var(--rs-focus) !important; outline-offset: 1px; }

/* header */
.rs-header { display: flex; align-items: center; justify-content: space-between; gap: 12px;
             flex-wrap: wrap; padding: 4px 2px 0; }
.rs-header h1 { font-size: 1.45rem; margin: 0; font-weight: 650; letter-spacing: -0.01em; }
.rs-header p { margin: 2px 0 0; color: var(--rs-muted); font-size: 0.95rem; }
.rs-badge { display: inline-block; padding: 4px 12px; border-radius: 999px; font-size: 0.85rem;
            font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.rs-badge-offline { color: #047857; background: #ecfdf5; }
.rs-badge-llm { color: #6d28d9; background: #f5f3ff; }
.dark .rs-badge-offline { color: #6ee7b7; background: #052e22; }
.dark .rs-badge-llm { color: #c4b5fd; background: #1e1536; }

/* chat */
#rs-chat .message-content { font-size: 0.98rem; line-height: 1.55; }
.rs-q { white-space: pre-wrap; }
.rs-answer p { margin: 0 0 0.45em; }
.rs-answer .rs-h { font-weight: 650; margin-top: 0.8em; color: var(--rs-law-strong); }
.rs-answer .rs-b { padding-left: 1.1em; text-indent: -0.8em; font-family: """ + SERIF + """; }
.rs-answer .rs-b.rs-sub { padding-left: 2em; text-indent: 0; }
/* blue-800 text (8.7:1): it keeps AA contrast even while Gradio fades a new message in */
.rs-answer .rs-pin { font-family: var(--font); color: var(--rs-law-strong); white-space: nowrap; }
.rs-answer .rs-ref { font-family: var(--font); font-size: 0.8em; color: var(--rs-law-strong); }
.rs-cites { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 0.7em;
            padding-top: 0.6em; border-top: 1px solid var(--rs-line); }
.rs-cites-h { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.06em;
              color: var(--rs-muted); margin-right: 2px; }
.rs-chip { font-size: 0.85rem; padding: 1px 9px; border-radius: 999px; font-weight: 600;
           border: 1px solid currentColor; white-space: nowrap; }
.rs-chip.rs-law { color: var(--rs-law); background: var(--rs-law-bg); }
.rs-chip.rs-news { color: var(--rs-news); background: var(--rs-news-bg); }
.rs-chip.rs-doc { color: var(--rs-doc); background: var(--rs-doc-bg); }
a.rs-chip, a.rs-ref { text-decoration: none; cursor: pointer; }
a.rs-chip:hover, a.rs-ref:hover { text-decoration: underline; }
.rs-lead { border-left: 4px solid var(--rs-law); background: var(--rs-law-bg); padding: 6px 10px;
           border-radius: 6px; margin-bottom: 0.6em; }
.rs-lead-h { font-weight: 700; margin: 0 0 0.3em; }
mark.rs-lead-mark { background: var(--rs-mark); color: inherit; padding: 0 1px; border-radius: 2px; }
.rs-stream { white-space: pre-wrap; font-family: """ + SERIF + """; }
.rs-unsupported { text-decoration: underline wavy var(--rs-err); }
.rs-flag { font-size: 0.75rem; font-weight: 700; color: var(--rs-err); text-decoration: none; }
.rs-answer.rs-selected { box-shadow: inset 3px 0 0 var(--rs-law); }
.rs-flash { animation: rs-flash 1.6s ease-out; }
@keyframes rs-flash { 0%, 40% { background: var(--rs-flash); } 100% { } }
.rs-inline { display: none; margin-top: 0.5em; }
.rs-inline summary { cursor: pointer; font-weight: 600; color: var(--rs-law); }
.rs-mini { border-left: 4px solid var(--rs-law); padding: 4px 8px; margin: 6px 0; }
.rs-mini.rs-news { border-left-color: var(--rs-news); }
.rs-mini.rs-doc { border-left-color: var(--rs-doc); }
.rs-mini p { margin: 0 0 0.3em; }
.rs-mini-q { font-family: """ + SERIF + """; }
.rs-copy { font-size: 0.8rem; font-weight: 600; color: var(--rs-law); background: var(--background-fill-primary);
           border: 1px solid var(--rs-line); border-radius: 6px; padding: 1px 8px; cursor: pointer; }
.rs-hint { color: var(--rs-muted); }
.rs-cite-text { display: none; }
/* the chat's own trash icon cleared everything without asking: "Clear conversation" asks first */
#rs-chat button[aria-label="Clear"] { display: none !important; }
/* inside the answer too, the news report's and the reader's documents' words look like what they are */
/* darker than the chips: the chat bubble fades its text (axe measured #b45309 there at 3.4:1) */
.rs-answer .rs-h.rs-news, .rs-answer .rs-b.rs-news .rs-pin { color: var(--rs-news-strong); }
.rs-answer .rs-h.rs-doc, .rs-answer .rs-b.rs-doc .rs-pin { color: var(--rs-doc); }
.rs-answer .rs-b.rs-news { border-left: 3px solid var(--rs-news); background: var(--rs-news-bg); }
.rs-answer .rs-b.rs-doc { border-left: 3px solid var(--rs-doc); background: var(--rs-doc-bg); }
/* an empty dropdown's hint text at 4.5:1 or more (Gradio's slate-400 is 2.56:1) */
.gradio-container input.subdued { color: var(--rs-muted) !important; }
/* the upload box's own hints ("- or -", "Click to Upload") in body text colour: 4.5:1 at least */
#rs-upload .or, #rs-upload .wrap, #rs-upload .border-none, #rs-upload .wrap * { color: var(--body-text-color) !important; }
.rs-meta, .rs-followup { font-size: 0.78rem; color: var(--rs-muted); margin-top: 0.4em; }
.rs-refused { border-left: 4px solid var(--rs-refuse); padding-left: 10px; }
.rs-refusal-h { font-weight: 700; color: var(--rs-refuse); margin-bottom: 0.35em; }
.rs-error { border-left: 4px solid var(--rs-err); padding-left: 10px; }
.rs-error-h { font-weight: 700; color: var(--rs-err); margin-bottom: 0.3em; }
.rs-warn { margin: 0.6em 0; padding: 6px 10px; border-radius: 6px; background: var(--rs-news-bg);
           border: 1px solid var(--rs-news); font-size: 0.9rem; }
.rs-warn ul { margin: 0.2em 0 0 1.1em; padding: 0; }
.rs-searching { color: var(--rs-muted); font-style: italic; }
.rs-cursor { color: var(--rs-law); animation: rs-blink 1s steps(2) infinite; }
@keyframes rs-blink { 50% { opacity: 0; } }
#rs-examples { gap: 6px; }
#rs-examples button { font-weight: 500; }
.rs-label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em;
            color: var(--rs-muted); margin: 6px 0 0; }
.rs-label p { margin: 0; }

/* sources panel */
@media (min-width: 821px) {
  #rs-sources { max-height: 690px; overflow-y: auto !important; padding-right: 6px; }
}
.rs-open { margin-left: auto; font-size: 0.8rem; font-weight: 600; color: var(--rs-law);
           background: var(--background-fill-primary); border: 1px solid var(--rs-line);
           border-radius: 6px; padding: 2px 9px; cursor: pointer; }
.rs-open:hover, .rs-open:focus-visible { border-color: var(--rs-law); }
.rs-news .rs-open { color: var(--rs-news); }
#rs-examples-head { align-items: center; }
.rs-sources h2 { font-size: 1.1rem; margin: 0 0 2px; display: flex; gap: 8px; align-items: baseline; }
.rs-count { font-size: 0.8rem; font-weight: 500; color: var(--rs-muted); }
.rs-for { color: var(--rs-muted); font-size: 0.88rem; margin: 0 0 10px; overflow-wrap: anywhere; }
.rs-empty p { color: var(--rs-muted); }
.rs-card { border: 1px solid var(--rs-line); border-left: 5px solid var(--rs-law); border-radius: 8px;
           padding: 10px 14px; margin: 0 0 12px; background: var(--rs-law-bg); }
.rs-card.rs-news { border-left-color: var(--rs-news); background: var(--rs-news-bg); }
.rs-card.rs-doc { border-left-color: var(--rs-doc); background: var(--rs-doc-bg); }
.rs-card-head { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.rs-num { display: inline-flex; justify-content: center; align-items: center; min-width: 1.5em;
          height: 1.5em; border-radius: 999px; background: var(--rs-law); color: #fff;
          font-size: 0.8rem; font-weight: 700; }
.rs-news .rs-num { background: var(--rs-news); }
.dark .rs-num { color: #0b1220; }
.rs-pinpoint { font-weight: 700; font-size: 1.02rem; }
.rs-kind { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; font-weight: 700;
           padding: 1px 7px; border-radius: 4px; border: 1px solid currentColor; }
.rs-kind.rs-law { color: var(--rs-law); }
.rs-kind.rs-news { color: var(--rs-news); }
.rs-kind.rs-doc { color: var(--rs-doc); }
.rs-card.rs-doc .rs-num, .rs-doc .rs-num { background: var(--rs-doc); }
.rs-crumb { color: var(--rs-muted); font-size: 0.86rem; margin: 3px 0 6px; }
.rs-statute { font-family: """ + SERIF + """; font-size: 1rem; line-height: 1.6; }
.rs-statute p.rs-l { margin: 0 0 0.45em; }
.rs-statute p.rs-hang { padding-left: 2.1em; text-indent: -2.1em; }
.rs-statute p.rs-d2 { margin-left: 2em; }
.rs-statute p.rs-d3 { margin-left: 4em; }
.rs-statute p.rs-d4, .rs-statute p.rs-d5 { margin-left: 6em; }
.rs-m { display: inline-block; min-width: 1.8em; text-indent: 0; font-family: var(--font);
        font-weight: 600; color: var(--rs-muted); }
mark.rs-quote { background: var(--rs-mark); color: inherit; padding: 0 1px; border-radius: 2px; }
.rs-note { font-size: 0.86rem; color: var(--rs-muted); }
.rs-refusal-box { border-left: 4px solid var(--rs-refuse); background: var(--rs-refuse-bg);
                  padding: 8px 12px; border-radius: 6px; }

/* Statute browser */
.rs-article { padding: 4px 4px 12px; }
.rs-art-h { font-size: 1.35rem; margin: 2px 0 10px; }
.rs-art-h span { font-weight: 500; }
.rs-article.rs-news .rs-art-h, .rs-article.rs-doc .rs-art-h { font-size: 1.15rem; }
.rs-statute p.rs-unit-h { font-family: var(--font); font-weight: 650; margin-top: 0.9em; }
.rs-statute p.rs-in-focus { background: var(--rs-mark); border-radius: 3px; }
.rs-showing { font-size: 0.9rem; color: var(--rs-muted); }
.rs-cite-as { font-size: 0.82rem; color: var(--rs-muted); margin-top: 12px; }
.rs-notice { padding: 6px 10px; border-radius: 6px; font-size: 0.92rem; }
.rs-notice-error { background: var(--rs-err-bg); color: var(--rs-err); border: 1px solid var(--rs-err); }
.rs-notice-ok { background: #ecfdf5; color: #065f46; border: 1px solid #047857; }
.rs-notice-info { background: var(--rs-law-bg); color: var(--rs-law); border: 1px solid var(--rs-law); }
.dark .rs-notice-ok { background: #052e22; color: #6ee7b7; }
.rs-hits { padding-left: 1.4em; }
.rs-hits li { margin-bottom: 0.7em; }
.rs-hit { font-weight: 700; color: var(--rs-law); }
.rs-snippet { font-family: """ + SERIF + """; margin: 2px 0 0; }
.rs-doc-table { border-collapse: collapse; margin: 8px 0; }
.rs-doc-table th, .rs-doc-table td { border-bottom: 1px solid var(--rs-line); padding: 4px 12px 4px 0; text-align: left; }
.rs-doc-table caption { text-align: left; font-weight: 600; margin-bottom: 4px; }

.rs-footer { font-size: 0.78rem; color: var(--rs-muted); border-top: 1px solid var(--rs-line);
             padding-top: 8px; margin-top: 4px; }

/* narrow screens: stack, tighten */
@media (max-width: 820px) {
  #rs-main, #rs-browser-row { flex-direction: column !important; }
  #rs-main > div, #rs-browser-row > div { width: 100% !important; min-width: 0 !important; }
  .rs-header h1 { font-size: 1.2rem; }
  .rs-header p { font-size: 0.85rem; }
  /* one scroll on a phone: the page's. The chat grows with its answers, and each answer's
     sources sit under it (collapsible) instead of in a panel 1,000 px further down. */
  #rs-chat, #rs-chat > div, #rs-chat .bubble-wrap { height: auto !important; max-height: none !important;
                                                    overflow: visible !important; }
  #rs-sources-col { display: none !important; }
  .rs-inline { display: block; }
  .rs-chip { font-size: 0.78rem; padding: 0 7px; }
  .rs-statute p.rs-d2 { margin-left: 1em; }
  .rs-statute p.rs-d3 { margin-left: 2em; }
  .rs-statute p.rs-d4, .rs-statute p.rs-d5 { margin-left: 3em; }
}
"""

# Gradio scopes the ``css`` above to the app's content; the page padding sits outside it, so
# this goes into the page head as is (static text, nothing from users).
HEAD = ("<style>@media (max-width: 820px) { .gradio-container .main.app "
        "{ padding: 8px 10px !important; } }</style>")
