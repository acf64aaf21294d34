//! How arguments are read: names after a title or a description, names in
//! apposition, lists of items, the country behind "the X government", and
//! what a meeting at a place implies. Our own sentences.

mod events_support;
use events_support::*;

#[test]
fn names_after_a_description() {
    run_table(
        "meeting",
        &[
            // a title with a country inside it
            (
                "Wang Yi met here today with Kenyan Minister of Foreign Affairs Amina Yusuf.",
                Some(&[("participant", "Wang Yi"), ("participant", "Amina Yusuf")]),
            ),
            // a common noun with the name in apposition
            (
                "Wang Yi held talks with his Russian counterpart, Vladimir Putin, on trade.",
                Some(&[
                    ("participant", "Wang Yi"),
                    ("participant", "Vladimir Putin"),
                    ("topic", "trade"),
                ]),
            ),
            // a list whose second member has a title
            (
                "The talks between Chinese Foreign Minister Wang Yi and Italian Deputy Minister Maria Rossi lasted two hours.",
                Some(&[("participant", "Wang Yi"), ("participant", "Maria Rossi")]),
            ),
            // a title with "and" inside it, and an apposition with a title
            (
                "Li Wei and Kenyan Minister of Trade and Industry Amina Yusuf met in Nairobi.",
                Some(&[("participant", "Li Wei"), ("participant", "Amina Yusuf")]),
            ),
            (
                "Wang Yi held talks with his Russian counterpart, Foreign Minister Vladimir Putin, on Monday.",
                Some(&[("participant", "Wang Yi"), ("participant", "Vladimir Putin")]),
            ),
            // an acronym in brackets does not end a list
            (
                "The World Health Organization (WHO) and UNICEF met in Geneva on Monday.",
                Some(&[
                    ("participant", "World Health Organization"),
                    ("participant", "UNICEF"),
                ]),
            ),
            // an apposition needs its closing comma: here the name is the
            // speaker of the next clause, not the person met
            (
                "Wang Yi met the minister, Maria Rossi said on Monday.",
                Some(&[("participant", "Wang Yi"), ("-participant", "Maria Rossi")]),
            ),
            // the title of the subject is no second participant
            (
                "Li Wei, head of the Peking University clinic, plans to meet Zhang Hua next month.",
                Some(&[
                    ("participant", "Li Wei"),
                    ("participant", "Zhang Hua"),
                    ("-participant", "Peking University"),
                ]),
            ),
        ],
    );
}

#[test]
fn country_members_after_a_preposition() {
    run_table(
        "meeting",
        &[(
            "Health ministers from India, Kenya, Egypt and Japan met in Geneva on Monday.",
            Some(&[
                ("participant", "India"),
                ("participant", "Kenya"),
                ("participant", "Egypt"),
                ("participant", "Japan"),
                ("place", "Geneva"),
            ]),
        )],
    );
}

#[test]
fn countries_behind_their_people() {
    run_table(
        "meeting",
        &[
            (
                "Senior Italian and Russian officials held talks in Geneva on Monday.",
                Some(&[
                    ("participant", "Italy"),
                    ("participant", "Russia"),
                    ("place", "Geneva"),
                ]),
            ),
            (
                "Wang Yi held a video conference with Kenyan doctors on Friday.",
                Some(&[
                    ("participant", "Wang Yi"),
                    ("participant", "Kenya"),
                    ("mode=", "online"),
                ]),
            ),
            // a demonym before a title names no participant
            (
                "Wang Yi met Italian President Maria Rossi on Monday.",
                Some(&[("participant", "Maria Rossi"), ("-participant", "Italy")]),
            ),
        ],
    );
}

#[test]
fn meeting_mode_from_its_place() {
    run_table(
        "meeting",
        &[
            (
                "Xi Jinping met Vladimir Putin in Moscow on Tuesday.",
                Some(&[("mode=", "in-person"), ("status", "happened")]),
            ),
            // planned at a place: to be held in person (the corpus labels
            // planned and called-off meetings at a place so)
            (
                "Xi Jinping will meet Vladimir Putin in Moscow next week.",
                Some(&[("mode=", "in-person"), ("status", "planned")]),
            ),
            // an online cue wins over the place
            (
                "Xi Jinping met Vladimir Putin online on Tuesday, with Putin in Moscow.",
                Some(&[("mode=", "online")]),
            ),
            // no place and no word of distance: in person by default
            // (see tests/qag26.rs)
            (
                "Xi Jinping met Vladimir Putin on Tuesday.",
                Some(&[("mode=", "in-person")]),
            ),
        ],
    );
}

#[test]
fn donation_items_and_money() {
    run_table(
        "donation",
        &[
            // two counted items, split
            (
                "Huawei donated 5,000 surgical masks and 20 ventilators to Kenya on Monday.",
                Some(&[
                    ("item", "5,000 surgical masks"),
                    ("item", "20 ventilators"),
                    ("recipient", "Kenya"),
                    ("!amount", ""),
                ]),
            ),
            // money in the list is the amount, the rest are items
            (
                "The Gates Foundation donated a mobile clinic, two refrigerated trucks and $2 million to the Red Cross.",
                Some(&[
                    ("item", "mobile clinic"),
                    ("item", "two refrigerated trucks"),
                    ("amount=", "USD 2000000"),
                    ("-item", "$2 million"),
                ]),
            ),
            // one item with "and" inside it
            (
                "Siemens donated 3,000 sets of desks and chairs to Kenya.",
                Some(&[("item", "3,000 sets of desks and chairs")]),
            ),
            // money written with a code or an adjective before the currency
            (
                "Huawei will donate NOK 3 million to the Red Cross.",
                Some(&[("amount=", "NOK 3000000")]),
            ),
            (
                "Siemens donated 5 million Kenyan shillings to the Red Cross.",
                Some(&[("amount=", "SHILLING 5000000")]),
            ),
            // "the Chinese government" is China
            (
                "Kenya received 500 ventilators donated by the Chinese government on Monday.",
                Some(&[("donor", "China"), ("recipient", "Kenya")]),
            ),
            // a speaker after the list is not a donor
            (
                "Masks were donated by Huawei, Kenya's Ministry of Health said.",
                Some(&[("donor", "Huawei"), ("-donor", "Ministry of Health")]),
            ),
        ],
    );
}

#[test]
fn statement_dated_by_a_participle_opener() {
    run_table(
        "statement",
        &[
            (
                "Speaking in Geneva on Wednesday, Wang Yi said the talks had gone well.",
                Some(&[("speaker", "Wang Yi"), ("date", "2020-05-20")]),
            ),
            // the opener's date is what was spoken about
            (
                "Speaking about the vote of 2019, Wang Yi said it had gone well.",
                Some(&[("speaker", "Wang Yi"), ("date", "")]),
            ),
        ],
    );
}

#[test]
fn donors_and_amounts_in_other_shapes() {
    run_table(
        "donation",
        &[
            // the subject "the Italian government" is Italy
            (
                "Two days later the Italian government approved a grant of $2 million for the clinic.",
                Some(&[("donor", "Italy"), ("amount=", "USD 2000000")]),
            ),
            // "the government of X"
            (
                "The masks were a gift from the government of Japan to the Red Cross.",
                Some(&[("donor", "Japan"), ("recipient", "Red Cross")]),
            ),
            // "a further" before the money
            (
                "Germany will provide a further €6 million to UNICEF.",
                Some(&[("donor", "Germany"), ("amount=", "EUR 6000000"), ("recipient", "UNICEF")]),
            ),
            // the same money in a second currency, and the goods after it
            (
                "Huawei donated 500 million yen (about $4.5 million) and 20 ventilators to Kenya.",
                Some(&[
                    ("amount=", "JPY 500000000"),
                    ("amount=", "USD 4500000"),
                    ("item", "20 ventilators"),
                    ("recipient", "Kenya"),
                ]),
            ),
        ],
    );
}

#[test]
fn verbs_joined_by_and_share_the_subject() {
    run_table(
        "agreement",
        &[
            (
                "The foreign ministers of Italy and Kenya met in Rome on Monday, and later signed a memorandum on trade.",
                Some(&[("party", "Italy"), ("party", "Kenya"), ("topic", "trade")]),
            ),
            // the second verb has a subject of its own
            (
                "Wang Yi met Maria Rossi on Monday and Kenya signed a memorandum on trade.",
                Some(&[("party", "Kenya")]),
            ),
        ],
    );
}

#[test]
fn a_relative_clause_keeps_its_place_and_date() {
    run_table(
        "meeting",
        &[(
            "Wang Yi, who arrived in Rome on Monday, met Maria Rossi on Tuesday.",
            Some(&[
                ("participant", "Wang Yi"),
                ("participant", "Maria Rossi"),
                ("date", "2020-05-19"),
                ("!place", ""),
            ]),
        )],
    );
}

/// "A's minister, X, and B's minister, Y, held talks": the comma that closes
/// the first name's apposition does not start a clause, so both names are
/// the subject; a comma after anything else before "and" still does.
#[test]
fn subjects_in_apposition_joined_by_and() {
    run_table(
        "meeting",
        &[
            (
                "Kenya's health minister, Amina Yusuf, and Italy's deputy health minister, Maria Rossi, held talks in Rome on Monday.",
                Some(&[
                    ("participant", "Amina Yusuf"),
                    ("participant", "Maria Rossi"),
                    ("place", "Rome"),
                    ("date", "2020-05-18"),
                ]),
            ),
        ],
    );
    run_table(
        "agreement",
        &[
            // the second member is the person a name with a title leads up to
            (
                "Italy's foreign minister, Maria Rossi, and World Bank President John Smith signed an agreement on Tuesday.",
                Some(&[
                    ("party", "Maria Rossi"),
                    ("party", "John Smith"),
                    ("-party", "World Bank"),
                    ("date", "2020-05-19"),
                ]),
            ),
            // a clause of its own after ", and": the names before are not its parties
            (
                "Xi met Putin in Moscow on Monday, and Macron signed an agreement with Merkel.",
                Some(&[
                    ("party", "Emmanuel Macron"),
                    ("party", "Angela Merkel"),
                    ("-party", "Vladimir Putin"),
                    ("-party", "Xi Jinping"),
                ]),
            ),
        ],
    );
    run_table(
        "visit",
        &[(
            "Zhang Hua met Wang Yi, and Smith visited Rome on Monday.",
            Some(&[("visitor", "John Smith"), ("-visitor", "Zhang Hua")]),
        )],
    );
}

/// "X announced a donation of …" gives as "X made a donation"; a spaced en
/// dash after a dateline ends the subject region as an em dash does.
#[test]
fn an_announced_donation_has_its_donor() {
    run_table(
        "donation",
        &[
            (
                "GENEVA – Huawei today announced a donation of $1 million to the Red Cross.",
                Some(&[
                    ("donor", "Huawei"),
                    ("-donor", "Geneva"),
                    ("recipient", "Red Cross"),
                    ("amount=", "USD 1000000"),
                ]),
            ),
            (
                "Huawei announced a donation box for its shops in Rome.",
                None,
            ),
        ],
    );
}

/// "the city of Milan", "the Italian region of X": after a kind of place
/// and "of", the name is the head of the subject, not a modifier; a list
/// with a comma before its "and" is one subject.
#[test]
fn the_place_named_after_of_and_lists_with_a_final_comma() {
    run_table(
        "donation",
        &[
            (
                "The city of Milan donated 500 beds to the Red Cross.",
                Some(&[
                    ("donor", "Milan"),
                    ("recipient", "Red Cross"),
                    ("item", "500 beds"),
                ]),
            ),
            // the mayor is not the city
            (
                "The mayor of Milan donated 500 beds to the Red Cross.",
                Some(&[("-donor", "Milan"), ("recipient", "Red Cross")]),
            ),
        ],
    );
    run_table(
        "agreement",
        &[(
            "China, Russia, Italy, and India agreed on Monday to cut tariffs on medicines.",
            Some(&[
                ("party", "China"),
                ("party", "Russia"),
                ("party", "Italy"),
                ("party", "India"),
                ("topic", "cut tariffs on medicines"),
            ]),
        )],
    );
}
