//! The place a wire dateline opens with.
//!
//! Wire copy starts its first paragraph with the place it was filed from, in
//! capitals: "NAIROBI, April 15 (Reuters) --", "SANTIAGO — A cold front…",
//! "ADDIS ABABA, 7 June 2022 —". The gazetteer matches names as they are
//! usually written ("Nairobi"), and words in capitals are more often
//! headings or acronyms than places, so the recognizer asks for this one
//! place by itself: found here by its shape, then looked up in its usual case.

use crate::model::Span;

/// The span of the capitalised place at the start of the dateline, if the
/// article has one ([`super::text::find_dateline_place`], which also gives
/// the region after it).
pub fn dateline_place(text: &str) -> Option<Span> {
    super::text::find_dateline_place(text).map(|(place, _)| place)
}

/// Ways the place may usually be written, most likely first: "ADDIS ABABA"
/// → "Addis Ababa"; "N'DJAMENA" → "N'djamena", "N'Djamena"; "DAR ES SALAAM"
/// → "Dar Es Salaam", …, "Dar es Salaam".
pub fn usual_case_forms(caps: &str) -> Vec<String> {
    // Small words that stay lowercase inside place names.
    const PARTICLES: &[&str] = &[
        "es", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "el",
        "al", "of", "and", "on", "upon", "the", "van", "von", "der", "den", "y", "en", "sur",
    ];
    let word_case = |w: &str, after_joiner: bool| -> String {
        let mut out = String::with_capacity(w.len());
        let mut upper_next = true;
        for c in w.chars() {
            if upper_next {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            upper_next = after_joiner && matches!(c, '\'' | '’' | '-');
        }
        out
    };
    let form = |after_joiner: bool, particles: bool| -> String {
        caps.split(' ')
            .enumerate()
            .map(|(k, w)| {
                let lower = w.to_lowercase();
                if particles && k > 0 && PARTICLES.contains(&lower.as_str()) {
                    lower
                } else {
                    word_case(w, after_joiner)
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut forms: Vec<String> = Vec::new();
    for (joiner, particles) in [(false, false), (true, false), (false, true), (true, true)] {
        let f = form(joiner, particles);
        if !forms.contains(&f) {
            forms.push(f);
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str) -> Option<&str> {
        dateline_place(text).map(|s| s.text(text))
    }

    #[test]
    fn finds_the_place_of_wire_datelines() {
        assert_eq!(
            place("Masks arrive\n\nNAIROBI, April 15 (Reuters) -- Kenya on Tuesday"),
            Some("NAIROBI")
        );
        assert_eq!(
            place("ADDIS ABABA, 7 June 2022 — The foundation said"),
            Some("ADDIS ABABA")
        );
        assert_eq!(
            place("Published: 2021-06-24\n\nSANTIAGO — A cold front will bring snow"),
            Some("SANTIAGO")
        );
        assert_eq!(
            place("N'DJAMENA, March 2 (Sahel Wire) - Talks began"),
            Some("N'DJAMENA")
        );
        assert_eq!(place("BOGOTÁ, May 1 -- Rain fell"), Some("BOGOTÁ"));
    }

    #[test]
    fn headings_and_capitals_without_a_dateline_shape_are_not_places() {
        // No wire furniture after the comma.
        assert_eq!(place("NOTE, this report is late."), None);
        // Two capitals are an abbreviation, not a place.
        assert_eq!(place("UN, May 3 -- The council met"), None);
        // Capitals not at the start of a line.
        assert_eq!(place("Talks in NAIROBI, May 3 -- ended"), None);
        // Beyond the top of the article.
        let far = format!("{}\nPARIS, May 3 -- Talks", "word ".repeat(1000));
        assert_eq!(place(&far), None);
        assert_eq!(place("Ordinary text with no dateline at all."), None);
    }

    #[test]
    fn usual_case_forms_cover_joiners_and_particles() {
        assert_eq!(usual_case_forms("ADDIS ABABA"), vec!["Addis Ababa"]);
        let forms = usual_case_forms("N'DJAMENA");
        assert_eq!(forms, vec!["N'djamena", "N'Djamena"]);
        assert!(usual_case_forms("DAR ES SALAAM").contains(&"Dar es Salaam".to_string()));
        assert_eq!(usual_case_forms("BOGOTÁ"), vec!["Bogotá"]);
    }
}
