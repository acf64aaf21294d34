//! Table-driven news-pattern cases (our own sentences): input text and the
//! exact sentences expected, as slices of the input.

use newsfacts::sentences::SentenceSplitter;

/// (input, expected sentences)
const CASES: &[(&str, &[&str])] = &[
    // --- titles and abbreviations mid-sentence
    ("Dr. Amina Yusuf arrived on Monday.", &["Dr. Amina Yusuf arrived on Monday."]),
    ("Gen. Park and Sen. Ortiz met Mr. Brandt.", &["Gen. Park and Sen. Ortiz met Mr. Brandt."]),
    ("Gov. Reyes spoke to Rep. Hall and Prof. Stein.", &["Gov. Reyes spoke to Rep. Hall and Prof. Stein."]),
    ("Mrs. Olsen visited St. Petersburg last week.", &["Mrs. Olsen visited St. Petersburg last week."]),
    ("Lt. Col. Ahmed Raza commanded the unit.", &["Lt. Col. Ahmed Raza commanded the unit."]),
    ("Acme Holdings Inc. said profits rose.", &["Acme Holdings Inc. said profits rose."]),
    ("Acme Holdings Inc. Chief Executive Lena Moss resigned.", &["Acme Holdings Inc. Chief Executive Lena Moss resigned."]),
    ("The deal with Harbor Co. was signed in Oslo.", &["The deal with Harbor Co. was signed in Oslo."]),
    ("Northwind Ltd. and Southgate Corp. agreed to merge.", &["Northwind Ltd. and Southgate Corp. agreed to merge."]),
    ("The case, Smith vs. Jones, was dismissed.", &["The case, Smith vs. Jones, was dismissed."]),
    ("They sent food, tents, blankets, etc. to the camps.", &["They sent food, tents, blankets, etc. to the camps."]),
    ("Some donors, e.g. the Red Cross, sent nurses.", &["Some donors, e.g. the Red Cross, sent nurses."]),
    ("The fund, i.e. the national reserve, paid.", &["The fund, i.e. the national reserve, paid."]),
    ("The summit opened on Jan. 14 in Geneva.", &["The summit opened on Jan. 14 in Geneva."]),
    ("Talks resumed Sept. 3 and ended Oct. 9.", &["Talks resumed Sept. 3 and ended Oct. 9."]),
    ("U.S. President Lee met U.K. officials.", &["U.S. President Lee met U.K. officials."]),
    ("The U.N. Security Council met at 10 a.m. on Friday.", &["The U.N. Security Council met at 10 a.m. on Friday."]),
    ("E.U. ministers met at 3 p.m. Brussels time.", &["E.U. ministers met at 3 p.m. Brussels time."]),
    // --- the same abbreviations at a real sentence end
    ("The meeting ended at 5 p.m. The minister said it went well.", &["The meeting ended at 5 p.m.", "The minister said it went well."]),
    ("Shares fell at Acme Holdings Inc. The company declined to comment.", &["Shares fell at Acme Holdings Inc.", "The company declined to comment."]),
    ("Aid arrived from the U.S. It was flown in overnight.", &["Aid arrived from the U.S.", "It was flown in overnight."]),
    ("Troops left the U.K. They landed in Cyprus.", &["Troops left the U.K.", "They landed in Cyprus."]),
    ("The contract went to Harbor Co. But the price was not disclosed.", &["The contract went to Harbor Co.", "But the price was not disclosed."]),
    ("Crews brought water, food, etc. Most roads remained closed.", &["Crews brought water, food, etc.", "Most roads remained closed."]),
    ("He will testify on Jan. 4. He declined to comment.", &["He will testify on Jan. 4.", "He declined to comment."]),
    ("The vote was held in Washington D.C. The result surprised many.", &["The vote was held in Washington D.C.", "The result surprised many."]),
    ("At 6 a.m. Mr. Diallo left the hotel.", &["At 6 a.m. Mr. Diallo left the hotel."]),
    // --- initials and names
    ("J. R. R. Tolkien wrote the book.", &["J. R. R. Tolkien wrote the book."]),
    ("Muhammad A. Khan, vice-chancellor, spoke.", &["Muhammad A. Khan, vice-chancellor, spoke."]),
    ("President George W. Harlan signed it.", &["President George W. Harlan signed it."]),
    ("The report was written by T. Osei. He is an economist.", &["The report was written by T. Osei.", "He is an economist."]),
    ("Martin Luther King Jr. spoke here. Crowds gathered.", &["Martin Luther King Jr. spoke here.", "Crowds gathered."]),
    // --- numbers
    ("Growth slowed to 3.5 percent in the quarter.", &["Growth slowed to 3.5 percent in the quarter."]),
    ("The firm raised 1.2 million dollars. Investors cheered.", &["The firm raised 1.2 million dollars.", "Investors cheered."]),
    ("He was ranked No. 5 in the world.", &["He was ranked No. 5 in the world."]),
    ("Version 2.4.1 fixed the bug. Users upgraded.", &["Version 2.4.1 fixed the bug.", "Users upgraded."]),
    ("The bill costs $4.50. It was paid in cash.", &["The bill costs $4.50.", "It was paid in cash."]),
    ("Turnout reached 61 percent. That was a record.", &["Turnout reached 61 percent.", "That was a record."]),
    ("See p. 12 for details.", &["See p. 12 for details."]),
    ("The report appeared in Vol. IV of the series.", &["The report appeared in Vol. IV of the series."]),
    ("Will they return? No. They have left for good.", &["Will they return?", "No.", "They have left for good."]),
    ("The U.S. Has been seeking support.", &["The U.S. Has been seeking support."]),
    ("They met at No. 10 Downing St. The talks lasted an hour.", &["They met at No. 10 Downing St.", "The talks lasted an hour."]),
    ("Apple Inc. (AAPL.O) shares rose 2.1 percent.", &["Apple Inc. (AAPL.O) shares rose 2.1 percent."]),
    ("He earned a Ph.D. He then taught in Lagos.", &["He earned a Ph.D.", "He then taught in Lagos."]),
    ("Sen. Ruth Lane (D-Vt.) said the firm, based in St. Paul, Minn., would pay.", &["Sen. Ruth Lane (D-Vt.) said the firm, based in St. Paul, Minn., would pay."]),
    ("The plane landed at 8:30 p.m. EST. Passengers cheered.", &["The plane landed at 8:30 p.m. EST.", "Passengers cheered."]),
    ("The final score was 2-1. Fans left early.", &["The final score was 2-1.", "Fans left early."]),
    // --- ellipses, ?!, exclamations
    ("He paused... and then continued.", &["He paused... and then continued."]),
    ("Who ordered the strike? Nobody knows.", &["Who ordered the strike?", "Nobody knows."]),
    ("Really?! The crowd could not believe it.", &["Really?!", "The crowd could not believe it."]),
    ("Stop the war! Protesters chanted all night.", &["Stop the war!", "Protesters chanted all night."]),
    ("She works at Yahoo! in the sales team.", &["She works at Yahoo! in the sales team."]),
    ("Will the talks resume? nobody would say.", &["Will the talks resume?", "nobody would say."]),
    // --- URLs and e-mail
    ("Details are at https://www.example.org/news/2020/a.html. Read them.", &["Details are at https://www.example.org/news/2020/a.html.", "Read them."]),
    ("Write to press.office@example.org for tickets.", &["Write to press.office@example.org for tickets."]),
    ("Visit www.example.com today. It is free.", &["Visit www.example.com today.", "It is free."]),
    // --- quotes and brackets
    ("He said \"yes.\" Then he left.", &["He said \"yes.\"", "Then he left."]),
    ("\"We will rebuild,\" the mayor said.", &["\"We will rebuild,\" the mayor said."]),
    ("\u{201C}We are ready.\u{201D} She smiled.", &["\u{201C}We are ready.\u{201D}", "She smiled."]),
    ("\u{201C}Is it over?\u{201D} he asked.", &["\u{201C}Is it over?\u{201D} he asked."]),
    ("The council (which met twice.) voted no.", &["The council (which met twice.) voted no."]),
    ("The plan failed. (Officials denied this.) Talks continue.", &["The plan failed.", "(Officials denied this.)", "Talks continue."]),
    ("'It is done.' He walked out.", &["'It is done.'", "He walked out."]),
    // Detokenised text: a spaced closing quote still closes the quote.
    ("He said \"we will win . \" Then he left.", &["He said \"we will win . \"", "Then he left."]),
    ("The minister said \"it is over. \"\nTalks ended.", &["The minister said \"it is over. \"", "Talks ended."]),
    // Brand names with a lowercase initial can open a sentence.
    ("Sales began on July 1. iPhone buyers queued for hours.", &["Sales began on July 1.", "iPhone buyers queued for hours."]),
    // --- news furniture
    // A dateline is furniture: its own sentence, cut after the dash.
    ("BEIJING, May 21 (Xinhua) -- China sent doctors to Italy. They arrived Monday.", &["BEIJING, May 21 (Xinhua) --", "China sent doctors to Italy.", "They arrived Monday."]),
    ("WASHINGTON (Reuters) - Lawmakers passed the bill.", &["WASHINGTON (Reuters) -", "Lawmakers passed the bill."]),
    ("SPRINGFIELD, Ill. (AP) \u{2014} The governor vetoed it.", &["SPRINGFIELD, Ill. (AP) \u{2014}", "The governor vetoed it."]),
    ("Thursday, May 7, 2015 On Tuesday, the council voted.", &["Thursday, May 7, 2015", "On Tuesday, the council voted."]),
    ("Prime Minister Ana Costa - who won in May - spoke.", &["Prime Minister Ana Costa - who won in May - spoke."]),
    ("Title line\n\nLISBON, June 2 (Lusa) -- Fires spread.", &["Title line", "LISBON, June 2 (Lusa) --", "Fires spread."]),
    // A quoted question or exclamation with its attribution is one sentence.
    ("\"Why now?\" Smith asked. Nobody answered.", &["\"Why now?\" Smith asked.", "Nobody answered."]),
    ("\u{201C}Enough!\u{201D} The spokesman said the talks were over.", &["\u{201C}Enough!\u{201D} The spokesman said the talks were over."]),
    ("\"Why now?\" The question hung in the air.", &["\"Why now?\"", "The question hung in the air."]),
    // Reference marks stay with the sentence they annotate.
    ("The dam was finished in 1961. [4] It still stands.", &["The dam was finished in 1961. [4]", "It still stands."]),
    // Section numbers at the start of a line are not sentences.
    ("2.1. Scope\n\nThe rules apply.", &["2.1. Scope", "The rules apply."]),
    ("Doctors pose in Padua, Italy, on March 18, 2020. [File photo/Xinhua]", &["Doctors pose in Padua, Italy, on March 18, 2020. [File photo/Xinhua]"]),
    ("[Photo: Crews unload the plant on June 11, 2020. Courtesy Acme Mining]\n\nThe plant arrived.", &["[Photo: Crews unload the plant on June 11, 2020. Courtesy Acme Mining]", "The plant arrived."]),
    ("(Photo: Nurses unload boxes on Wednesday. Metro Wire/Ana Lopes)\n(Reporting by Ana Lopes; Editing by Tom Reed)", &["(Photo: Nurses unload boxes on Wednesday. Metro Wire/Ana Lopes)", "(Reporting by Ana Lopes; Editing by Tom Reed)"]),
    ("Updated: May 21, 2020\n\nThe ceremony was held.", &["Updated: May 21, 2020", "The ceremony was held."]),
    ("Floods hit coastal towns\n\nHeavy rain fell for days.", &["Floods hit coastal towns", "Heavy rain fell for days."]),
    ("By Sara Ndlovu\nStaff Reporter\n\nThe port reopened.", &["By Sara Ndlovu", "Staff Reporter", "The port reopened."]),
    ("Home > World > Asia\n\nTalks began.", &["Home > World > Asia", "Talks began."]),
    ("The river rose\nsharply overnight.", &["The river rose\nsharply overnight."]),
    ("Rescue teams worked through the night in\nthe flooded district, officials said on Sunday, and more\nvolunteers were expected to arrive by the end of the week.", &["Rescue teams worked through the night in\nthe flooded district, officials said on Sunday, and more\nvolunteers were expected to arrive by the end of the week."]),
    ("COCOA PRICES RISE\nShowers continued throughout the week in\nthe cocoa zone, easing the drought since early\nJanuary and improving prospects for the crop.", &["COCOA PRICES RISE", "Showers continued throughout the week in\nthe cocoa zone, easing the drought since early\nJanuary and improving prospects for the crop."]),
    ("Floods hit the coast\nBy Dana Ruiz\nJAKARTA, Jan 3 (Antara) - Rivers burst their banks.", &["Floods hit the coast", "By Dana Ruiz", "JAKARTA, Jan 3 (Antara) -", "Rivers burst their banks."]),
    ("First paragraph ends here.\n\nSecond one starts here.", &["First paragraph ends here.", "Second one starts here."]),
    ("A sentence without a stop\n\nAnother one", &["A sentence without a stop", "Another one"]),
    // --- lists
    ("1. Close the borders 2. Test everyone 3. Trace contacts", &["1. Close the borders", "2. Test everyone", "3. Trace contacts"]),
    ("The plan:\n- more tests\n- more beds", &["The plan:", "- more tests", "- more beds"]),
    ("\u{2022} Schools reopen \u{2022} Shops stay shut", &["\u{2022} Schools reopen", "\u{2022} Shops stay shut"]),
    // --- Unicode
    ("The fee is 5\u{A0}dollars. It rose.", &["The fee is 5\u{A0}dollars.", "It rose."]),
    ("Talks ended.\u{A0}\u{A0}Both sides left.", &["Talks ended.", "Both sides left."]),
    ("会议在北京举行。双方签署了协议！", &["会议在北京举行。", "双方签署了协议！"]),
    ("The caf\u{E9} reopened. Cre\u{300}me was served.", &["The caf\u{E9} reopened.", "Cre\u{300}me was served."]),
    ("Fans cheered \u{1F389}. The team won.", &["Fans cheered \u{1F389}.", "The team won."]),
    ("  Leading and trailing spaces.  ", &["Leading and trailing spaces."]),
];

#[test]
fn news_pattern_cases() {
    let splitter = SentenceSplitter::new();
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let got: Vec<&str> = splitter.split(text).iter().map(|s| s.text(text)).collect();
        if got != *expected {
            failures.push(format!(
                "{text:?}\n   expected {expected:?}\n   got      {got:?}"
            ));
        }
    }
    println!(
        "cases: {}/{} passed",
        CASES.len() - failures.len(),
        CASES.len()
    );
    assert!(CASES.len() >= 60);
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}

#[test]
fn seed_article_structure() {
    let text = "Home > Belt and Road > News > \n\nChina, partners join hands against the virus\n\nXinhuaUpdated: May 21, 2020\n\nA foundation donated a system to a hospital. Doctors pose for a photo in Padua, Italy, on March 18, 2020. [File photo/Xinhua]\n\n\"We would like to share our experiences,\" said He, who joined the fight.";
    let splitter = SentenceSplitter::new();
    let got: Vec<&str> = splitter.split(text).iter().map(|s| s.text(text)).collect();
    assert_eq!(
        got,
        vec![
            "Home > Belt and Road > News >",
            "China, partners join hands against the virus",
            "XinhuaUpdated: May 21, 2020",
            "A foundation donated a system to a hospital.",
            "Doctors pose for a photo in Padua, Italy, on March 18, 2020. [File photo/Xinhua]",
            "\"We would like to share our experiences,\" said He, who joined the fight.",
        ]
    );
}

#[test]
fn user_abbreviation_file_is_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("abbr.txt");
    std::fs::write(&path, "# our list\nKgs number\nMinstr. prefix\n").expect("write list");
    let text = "The Minstr. Office sent 5 Kgs. 20 more came. Done.";
    let mut splitter = SentenceSplitter::new();
    let before = splitter.split(text).len();
    splitter.add_abbreviation_file(&path).expect("list loads");
    let got: Vec<&str> = splitter.split(text).iter().map(|s| s.text(text)).collect();
    assert_eq!(before, 4);
    assert_eq!(
        got,
        vec!["The Minstr. Office sent 5 Kgs. 20 more came.", "Done."]
    );
    assert!(splitter
        .add_abbreviation_file(&dir.path().join("missing.txt"))
        .is_err());
}
