//! Property tests: for any input the splitter returns ordered, disjoint,
//! trimmed spans on char boundaries that cover every visible character and
//! never cut a word in two.

use newsfacts::model::Span;
use newsfacts::sentences::SentenceSplitter;
use proptest::prelude::*;

fn check(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for s in spans {
        prop_assert!(s.start < s.end, "empty span {s:?}");
        prop_assert!(s.start >= prev_end, "overlap or disorder at {s:?}");
        prop_assert!(s.end <= text.len(), "span outside text");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let body = s.text(text);
        prop_assert_eq!(body, body.trim(), "untrimmed span");
        // Never inside a word: the characters on both sides of each edge
        // are not both alphanumeric.
        let before_start = text[..s.start].chars().next_back();
        let at_start = body.chars().next();
        prop_assert!(
            !(before_start.is_some_and(char::is_alphanumeric)
                && at_start.is_some_and(char::is_alphanumeric)),
            "split inside a word at {}",
            s.start
        );
        let at_end = body.chars().next_back();
        let after_end = text[s.end..].chars().next();
        prop_assert!(
            !(at_end.is_some_and(char::is_alphanumeric)
                && after_end.is_some_and(char::is_alphanumeric)),
            "split inside a word at {}",
            s.end
        );
        // Only whitespace between sentences: no visible text is dropped.
        prop_assert!(text[prev_end..s.start].trim().is_empty(), "text dropped");
        prev_end = s.end;
    }
    prop_assert!(
        text[prev_end..].trim().is_empty(),
        "text dropped at the end"
    );
    Ok(())
}

/// Pieces of news-like text, chosen to hit every rule.
const TOKENS: &[&str] = &[
    "The",
    "minister",
    "said",
    "Dr.",
    "Mr.",
    "Gen.",
    "Inc.",
    "Co.",
    "U.S.",
    "a.m.",
    "p.m.",
    "No.",
    "5",
    "3.5",
    "J.",
    "R.",
    "etc.",
    "e.g.",
    "Jan.",
    "1.",
    "2.",
    "a.",
    "b.",
    "1)",
    "2)",
    ".",
    "..",
    "...",
    ". . .",
    "…",
    "?",
    "!",
    "?!",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "(",
    ")",
    "[",
    "]",
    "[File photo/Xinhua]",
    "[12]",
    ",",
    ";",
    ":",
    "--",
    "\n",
    "\n\n",
    " \n ",
    "\u{a0}",
    "\u{3000}",
    "。",
    "！",
    "？",
    "会议",
    "é",
    "e\u{301}",
    "🎉",
    "•",
    "⁃",
    "-",
    "www.example.com",
    "x@example.org",
    "https://example.org/a.html",
    "BEIJING,",
    "(Xinhua)",
    "Updated:",
    "\t",
    "\r\n",
    "it",
    "was",
    "held",
    "in",
    "Italy",
    "I",
    "A",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(TOKENS),
            prop::sample::select(&[" ", "", " ", "  "][..]),
        ),
        0..80,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (tok, sep) in parts {
            s.push_str(tok);
            s.push_str(sep);
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_gives_valid_spans(text in any::<String>()) {
        let splitter = SentenceSplitter::new();
        let spans = splitter.split(&text);
        check(&text, &spans)?;
    }

    #[test]
    fn news_like_text_gives_valid_spans(text in news_like()) {
        let splitter = SentenceSplitter::new();
        let spans = splitter.split(&text);
        check(&text, &spans)?;
    }

    #[test]
    fn ascii_punctuation_soup_gives_valid_spans(text in "[a-zA-Z0-9 .!?()\\[\\]\"'\n,:;@/-]{0,200}") {
        let splitter = SentenceSplitter::new();
        let spans = splitter.split(&text);
        check(&text, &spans)?;
    }
}

/// Repetitive inputs that would expose quadratic scans: each must split
/// quickly (a quadratic pass over ~400 KB would take minutes).
#[test]
fn pathological_inputs_stay_linear() {
    let patterns = [
        "a.Bc",
        "x. 1. A ",
        "1. a ",
        "U.S. ",
        "Inc. The ",
        "At 5 p.m. The ",
        "word ",
        "\n",
        " \n",
        "I. ",
        ". . ",
        "[",
        "(",
        "BEIJING, (",
        "\u{2022} 1. x ",
        "。",
    ];
    let splitter = SentenceSplitter::new();
    for pattern in patterns {
        let text = pattern.repeat(400_000 / pattern.len());
        let started = std::time::Instant::now();
        let spans = splitter.split(&text);
        let elapsed = started.elapsed();
        check(&text, &spans).expect("valid spans");
        eprintln!("{pattern:?}: {elapsed:?}");
        assert!(
            elapsed.as_secs_f64() < 10.0,
            "{pattern:?}: {elapsed:?} for {} bytes",
            text.len()
        );
    }
}
