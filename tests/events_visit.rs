//! Visit rules: our own sentences, positive and negative.

mod events_support;
use events_support::*;

#[test]
fn visit_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Macron visited China on Tuesday.",
            Some(&[
                ("visitor", "Emmanuel Macron"),
                ("host", "China"),
                ("date", "2020-05-19"),
                ("countries", "CN FR"),
            ]),
        ),
        (
            "Putin is visiting Serbia this week.",
            Some(&[("visitor", "Vladimir Putin"), ("host", "Serbia")]),
        ),
        (
            "Merkel visits Beijing every autumn.",
            Some(&[("visitor", "Angela Merkel"), ("place", "Beijing")]),
        ),
        (
            "Xi Jinping arrived in Belgrade on Monday for a three-day visit.",
            Some(&[
                ("visitor", "Xi Jinping"),
                ("place", "Belgrade"),
                ("date", "2020-05-18"),
                ("countries", "CN RS"),
            ]),
        ),
        (
            "Wang Yi arrived in Nairobi on Wednesday.",
            Some(&[
                ("visitor", "Wang Yi"),
                ("place", "Nairobi"),
                ("date", "2020-05-20"),
            ]),
        ),
        (
            "Xi received the visiting Putin in Beijing.",
            Some(&[
                ("visitor", "Vladimir Putin"),
                ("host", "Xi Jinping"),
                ("place", "Beijing"),
            ]),
        ),
        (
            "Merkel welcomed the visiting Wang Yi on Friday.",
            Some(&[
                ("visitor", "Wang Yi"),
                ("host", "Angela Merkel"),
                ("date", "2020-05-15"),
            ]),
        ),
        (
            "Macron's visit to Egypt ended on Tuesday.",
            Some(&[
                ("visitor", "Emmanuel Macron"),
                ("host", "Egypt"),
                ("date", "2020-05-19"),
            ]),
        ),
        (
            "A visit by Smith to Kenya was cut short.",
            Some(&[("visitor", "John Smith"), ("host", "Kenya")]),
        ),
        (
            "Putin paid a state visit to India in April.",
            Some(&[
                ("visitor", "Vladimir Putin"),
                ("host", "India"),
                ("date", "2020-04"),
            ]),
        ),
        (
            "Rossi made a trip to Shanghai last week.",
            Some(&[
                ("visitor", "Maria Rossi"),
                ("place", "Shanghai"),
                ("date", "2020-W20"),
            ]),
        ),
        (
            "Zhang Hua visited Milan General Hospital on Monday.",
            Some(&[
                ("visitor", "Zhang Hua"),
                ("host", "Milan General Hospital"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Yusuf visited Tsinghua University at the invitation of Li Wei.",
            Some(&[("visitor", "Amina Yusuf"), ("host", "Tsinghua University")]),
        ),
        (
            "Macron visited Rome at the invitation of Rossi.",
            Some(&[
                ("visitor", "Emmanuel Macron"),
                ("place", "Rome"),
                ("host", "Maria Rossi"),
            ]),
        ),
        (
            "Italy was visited by Xi in 2019.",
            Some(&[
                ("visitor", "Xi Jinping"),
                ("host", "Italy"),
                ("date", "2019"),
            ]),
        ),
        (
            "Japan and India visited Brazil together.",
            Some(&[
                ("visitor", "Japan"),
                ("visitor", "India"),
                ("host", "Brazil"),
            ]),
        ),
        (
            "Wang Yi is on a two-day visit to Pakistan.",
            Some(&[("visitor", "Wang Yi"), ("host", "Pakistan")]),
        ),
        (
            "During a visit to Kenya, Smith opened a school.",
            Some(&[("host", "Kenya")]),
        ),
        (
            "Merkel's trip to Moscow was her first in years.",
            Some(&[("visitor", "Angela Merkel"), ("place", "Moscow")]),
        ),
        (
            "Chinese President Jiang Zemin visited Egypt.",
            Some(&[
                ("visitor", "Jiang Zemin"),
                ("-visitor", "China"),
                ("host", "Egypt"),
            ]),
        ),
        (
            "GENEVA, May 21 (Xinhua) -- Wang Yi visited the Red Cross here on Wednesday.",
            Some(&[
                ("visitor", "Wang Yi"),
                ("host", "Red Cross"),
                ("date", "2020-05-20"),
            ]),
        ),
        (
            "Xi visited Russia, Serbia and Egypt in April.",
            Some(&[
                ("visitor", "Xi Jinping"),
                ("host", "Russia"),
                ("date", "2020-04"),
            ]),
        ),
        (
            "Smith toured Wuhan Union Hospital during his visit to Wuhan.",
            Some(&[("place", "Wuhan")]),
        ),
        (
            "Putin flew to Beijing for a visit on Monday.",
            Some(&[("visitor", "Vladimir Putin"), ("date", "2020-05-18")]),
        ),
        (
            "Macron visited Merkel in Berlin.",
            Some(&[("visitor", "Emmanuel Macron"), ("host", "Angela Merkel")]),
        ),
        (
            "Rossi visited Nairobi in March 3 talks.",
            Some(&[("visitor", "Maria Rossi"), ("place", "Nairobi")]),
        ),
        ("At the invitation of Xi, Putin paid a state visit to China.", Some(&[("visitor", "Vladimir Putin"), ("-visitor", "Xi Jinping"), ("host", "China")])),
        ("Smith said the strike would not stop him from visiting Kenya as part of a series of visits.", Some(&[("-visitor", "Kenya")])),
        ("His visit came ahead of a meeting of ASEAN in Shanghai next month.", None),
        // --- status
        (
            "Xi will visit Italy next week.",
            Some(&[
                ("status", "planned"),
                ("visitor", "Xi Jinping"),
                ("host", "Italy"),
                ("date", "2020-W22"),
            ]),
        ),
        (
            "Macron plans to visit India next month.",
            Some(&[("status", "planned"), ("host", "India")]),
        ),
        (
            "Putin is expected to visit Japan.",
            Some(&[("status", "planned")]),
        ),
        ("Merkel did not visit Iran.", Some(&[("status", "negated")])),
        (
            "Smith has never visited China.",
            Some(&[("status", "negated")]),
        ),
        (
            "Xi is said to have visited Serbia.",
            Some(&[("status", "reported"), ("visitor", "Xi Jinping")]),
        ),
        (
            "Putin reportedly visited Iran.",
            Some(&[("status", "reported")]),
        ),
        (
            "Wang Yi visits Kenya on June 3.",
            Some(&[("status", "planned"), ("date", "2020-06-03")]),
        ),
        // --- negatives
        ("Visit our website for details.", None),
        ("Readers can visit the website of the World Bank.", None),
        ("The number of visits to the museum fell.", None),
        ("Tourist arrivals in Italy fell sharply.", None),
        ("The masks arrived in Rome on Tuesday.", None),
        ("The visiting team lost the match.", None),
        ("The idea of a trip abroad was dropped.", None),
        ("The rainy season arrived early.", None),
    ];
    run_table("visit", cases);
}
