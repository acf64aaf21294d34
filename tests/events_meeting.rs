//! Meeting rules: our own sentences, positive and negative.

mod events_support;
use events_support::*;

#[test]
fn meeting_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // --- verb
        ("Xi Jinping met Vladimir Putin in Moscow on Tuesday.", Some(&[("participant", "Xi Jinping"), ("participant", "Vladimir Putin"), ("place", "Moscow"), ("date", "2020-05-19"), ("status", "happened"), ("countries", "CN RU")])),
        ("Macron met with Merkel on Monday to discuss trade.", Some(&[("participant", "Emmanuel Macron"), ("participant", "Angela Merkel"), ("date", "2020-05-18"), ("topic", "trade")])),
        ("Wang Yi met Tuesday with his Russian counterpart in Beijing.", Some(&[("participant", "Wang Yi"), ("date", "2020-05-19"), ("place", "Beijing")])),
        ("Putin and Macron met in Paris.", Some(&[("participant", "Vladimir Putin"), ("participant", "Emmanuel Macron"), ("place", "Paris")])),
        ("Chinese President Jiang Zemin met Smith in Beijing.", Some(&[("participant", "Jiang Zemin"), ("participant", "John Smith"), ("-participant", "China")])),
        ("Merkel meets Xi in Berlin each year.", Some(&[("participant", "Angela Merkel"), ("participant", "Xi Jinping")])),
        ("Rossi met online with doctors from Kenya.", Some(&[("participant", "Maria Rossi"), ("mode=", "online")])),
        ("Zhang Hua met Amina Yusuf face-to-face in Nairobi.", Some(&[("participant", "Zhang Hua"), ("participant", "Amina Yusuf"), ("mode=", "in-person"), ("place", "Nairobi")])),
        ("Smith met virtually with Wang Yi on Wednesday.", Some(&[("mode=", "online"), ("date", "2020-05-20")])),
        // --- talks, meetings, summits
        ("Xi held talks with Putin in Moscow.", Some(&[("participant", "Xi Jinping"), ("participant", "Vladimir Putin"), ("place", "Moscow")])),
        ("China and Pakistan held talks on trade yesterday.", Some(&[("participant", "China"), ("participant", "Pakistan"), ("topic", "trade"), ("date", "2020-05-20"), ("countries", "CN PK")])),
        ("Li Wei joined a global online meeting on COVID-19 in April.", Some(&[("participant", "Li Wei"), ("mode=", "online"), ("topic", "COVID-19"), ("date", "2020-04")])),
        ("Rossi shared test results with Peking University in an online meeting on May 7.", Some(&[("participant", "Maria Rossi"), ("participant", "Peking University"), ("mode=", "online"), ("date", "2020-05-07"), ("countries", "CN")])),
        ("The meeting between Merkel and Macron lasted two hours.", Some(&[("participant", "Angela Merkel"), ("participant", "Emmanuel Macron")])),
        ("A summit of ASEAN leaders was held in Beijing on Friday.", Some(&[("place", "Beijing"), ("date", "2020-05-15")])),
        ("Putin's meeting with Macron focused on energy.", Some(&[("participant", "Vladimir Putin"), ("participant", "Emmanuel Macron")])),
        ("The meeting was organized by the World Health Organization.", Some(&[("organizer", "World Health Organization")])),
        ("Japan hosted a videoconference with India on Monday.", Some(&[("participant", "Japan"), ("participant", "India"), ("mode=", "online"), ("date", "2020-05-18")])),
        ("Iran held a face-to-face meeting with Russia in Moscow.", Some(&[("mode=", "in-person"), ("participant", "Iran"), ("participant", "Russia")])),
        ("Experts from Kenya joined a video conference about vaccines.", Some(&[("participant", "Kenya"), ("topic", "vaccines")])),
        // --- talks with Y in a phrase of time: the speaker's, or the subject after the phrase
        ("Macron said after talks with Merkel that the border would stay open.", Some(&[("participant", "Emmanuel Macron"), ("participant", "Angela Merkel")])),
        ("Putin told reporters on Monday following a meeting with Xi that trade had grown.", Some(&[("participant", "Vladimir Putin"), ("participant", "Xi Jinping")])),
        ("After his meeting with Merkel on Tuesday, French President Emmanuel Macron said Europe must act.", Some(&[("participant", "Emmanuel Macron"), ("participant", "Angela Merkel"), ("date", "2020-05-19")])),
        ("During talks with Putin, Xi praised the new pipeline.", Some(&[("participant", "Xi Jinping"), ("participant", "Vladimir Putin")])),
        // (a reported clause before "said" names no speaker: only the talks' other side)
        ("Pakistan will cut tariffs, officials said after talks with China.", Some(&[("participant", "China"), ("-participant", "Pakistan")])),
        // (a phrase of place is no phrase of time: "in" does not pass the talks on)
        ("Macron said in talks with Merkel that Pakistan would join.", Some(&[("participant", "Angela Merkel"), ("-participant", "Pakistan")])),
        // --- attendance joins the meeting just told
        ("Zhang Hua joined an online meeting on Monday. Experts from Japan, India and Brazil attended.", Some(&[("participant", "Zhang Hua"), ("participant", "Japan"), ("participant", "India"), ("participant", "Brazil"), ("countries", "BR IN JP")])),
        ("Wang Yi chaired a meeting on Tuesday. Also in attendance were officials from Egypt and Kenya.", Some(&[("participant", "Wang Yi"), ("participant", "Egypt"), ("participant", "Kenya"), ("date", "2020-05-19")])),
        // --- wire conventions
        ("BEIJING, May 21 (Xinhua) -- Xi met Putin here today.", Some(&[("place", "Beijing"), ("date", "2020-05-21"), ("participant", "Vladimir Putin")])),
        ("MOSCOW, May 21 (Xinhua) -- Putin met Macron here on Wednesday.", Some(&[("place", "Moscow"), ("date", "2020-05-20")])),
        // --- status
        ("Xi will meet Macron next week.", Some(&[("status", "planned"), ("participant", "Emmanuel Macron"), ("date", "2020-W22")])),
        ("Putin plans to meet Merkel in June 3 talks.", Some(&[("status", "planned")])),
        ("Merkel is expected to meet Xi in Beijing.", Some(&[("status", "planned"), ("place", "Beijing")])),
        ("Macron did not meet Putin in Paris.", Some(&[("status", "negated")])),
        ("Smith never met Rossi.", Some(&[("status", "negated")])),
        ("Xi is said to have met Putin in secret.", Some(&[("status", "reported"), ("participant", "Xi Jinping")])),
        ("Putin reportedly met Xi in Moscow.", Some(&[("status", "reported")])),
        ("The upcoming meeting between Japan and India will focus on trade.", Some(&[("status", "planned")])),
        // --- negatives
        ("Smith booked a meeting room in Rome.", None),
        ("The meeting hall in Nairobi was closed.", None),
        ("The new hospital will meet the needs of Wuhan.", None),
        ("China's exports met the targets for April.", None),
        ("The plan met with criticism from India.", None),
        ("Macron gave a press conference in Paris.", None),
        ("The talks show hosted by Smith was cancelled.", None),
        ("Italy is a meeting point for travellers.", None),
        ("Experts attended a course in Geneva.", None),
        ("Kenya's team will meet its targets.", None),
    ];
    run_table("meeting", cases);
}

#[test]
fn two_online_meetings_on_different_dates_stay_apart() {
    let d = world(
        "In April, Li Wei joined a global online meeting on vaccines. \
         Rossi also shared data with Peking University in an online meeting on May 7.",
    )
    .run();
    let m = of(&d, "meeting");
    assert_eq!(m.len(), 2, "{}", describe(&d));
    assert_eq!(m[0].date.as_deref(), Some("2020-04"));
    assert_eq!(m[1].date.as_deref(), Some("2020-05-07"));
}

#[test]
fn retold_meeting_merges() {
    let d = world(
        "Xi met Putin in Moscow on Tuesday. \
         At the meeting, the two leaders discussed energy.",
    )
    .run();
    let m = one(&d, "meeting");
    assert_eq!(m.evidence_sentences, vec![0, 1]);
}

#[test]
fn the_two_sides_resolve_to_the_last_two_countries() {
    let d = world(
        "Officials from China and Pakistan gathered in Islamabad. \
         The two sides held talks on Monday.",
    )
    .run();
    let m = one(&d, "meeting");
    assert_eq!(
        role_names(&d, m, "participant"),
        vec!["China".to_string(), "Pakistan".to_string()]
    );
    assert_eq!(m.countries, vec!["CN", "PK"]);
}

#[test]
fn pronoun_participant_resolves_to_recent_person() {
    let d = world("Macron arrived in Rome on Monday. He met Rossi on Tuesday.").run();
    let m = one(&d, "meeting");
    assert_eq!(
        role_names(&d, m, "participant"),
        vec!["Emmanuel Macron".to_string(), "Maria Rossi".to_string()]
    );
    assert_eq!(m.date.as_deref(), Some("2020-05-19"));
}
