//! "meet again": one more meeting of people told before, never the first
//! meeting told again; with no named subject its participants are those of
//! the last meeting told. Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

fn names(d: &newsfacts::model::Document, e: &newsfacts::model::Event) -> Vec<String> {
    role_names(d, e, "participant")
}

#[test]
fn a_group_that_meets_again_holds_a_meeting_of_its_own() {
    let d = world(
        "Kenya and Egypt held talks in Nairobi on Monday on water sharing. \
         The ministers will meet again in Geneva next month.",
    )
    .run();
    let ms = of(&d, "meeting");
    assert_eq!(ms.len(), 2, "{}", describe(&d));
    let again = ms
        .iter()
        .find(|e| role(&d, e, "place") == ["Geneva"])
        .expect("the second meeting");
    assert_eq!(again.status.as_str(), "planned");
    assert_eq!(again.date.as_deref(), Some("2020-06"));
    let mut p = names(&d, again);
    p.sort();
    assert_eq!(p, ["Egypt", "Kenya"]);
    // the first meeting keeps its own place and date
    let first = ms
        .iter()
        .find(|e| role(&d, e, "place") == ["Nairobi"])
        .unwrap();
    assert_eq!(first.date.as_deref(), Some("2020-05-18"));
}

#[test]
fn a_date_alone_is_enough_for_the_repeat() {
    let d = world(
        "Wang Yi met Li Wei in Shanghai on Monday. \
         The two sides are due to meet again on Wednesday, officials said.",
    )
    .run();
    let ms = of(&d, "meeting");
    assert_eq!(ms.len(), 2, "{}", describe(&d));
    let again = ms
        .iter()
        .find(|e| e.date.as_deref() == Some("2020-05-20"))
        .unwrap();
    let mut p = names(&d, again);
    p.sort();
    assert_eq!(p, ["Li Wei", "Wang Yi"]);
}

#[test]
fn named_people_meeting_again_keep_their_names() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Wang Yi and Li Wei met again in Shanghai on Tuesday.",
            Some(&[
                ("participant", "Wang Yi"),
                ("participant", "Li Wei"),
                ("place", "Shanghai"),
                ("date", "2020-05-19"),
            ]),
        ),
        // no name, place or date: nothing to report
        ("The board would not say when it might meet again.", None),
    ];
    run_table("meeting", cases);
}
