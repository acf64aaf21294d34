//! Donations: what money is for is the gift's item ("€40,000 towards a
//! rainwater tank", "$2 million in flood aid"). Our own sentences; the
//! article date is 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;

#[test]
fn what_money_pays_for_is_the_item() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Japan has pledged $3 million towards a new water treatment plant.",
            Some(&[
                ("donor", "Japan"),
                ("amount", "$3 million"),
                ("item", "new water treatment plant"),
            ]),
        ),
        (
            "Kenya donated $80,000 for school meals, textbooks and the repair of two classrooms.",
            Some(&[
                ("donor", "Kenya"),
                ("item", "school meals"),
                ("item", "textbooks"),
                ("item", "repair of two classrooms"),
            ]),
        ),
        (
            "Japan will give Egypt a $5 million grant for solar panels.",
            Some(&[("donor", "Japan"), ("item", "solar panels")]),
        ),
        // aid named after "in"
        (
            "Kenya pledged $4 million in humanitarian aid.",
            Some(&[("donor", "Kenya"), ("item", "humanitarian aid")]),
        ),
        // people the money is for receive it: no item
        (
            "Japan pledged $2 million for families who lost their homes.",
            Some(&[("donor", "Japan"), ("!item", "")]),
        ),
        // a time is no purpose
        (
            "Japan pledged $2 million for the first time.",
            Some(&[("donor", "Japan"), ("!item", "")]),
        ),
        // a short definite phrase points back to something named before
        (
            "Japan pledged $2 million toward the project.",
            Some(&[("donor", "Japan"), ("-item", "project")]),
        ),
        // "in" after money that is no aid word names no item
        (
            "Kenya pledged $4 million in cash.",
            Some(&[("donor", "Kenya"), ("!item", "")]),
        ),
        // a name after "for" is a receiver, not what the money buys
        (
            "Japan pledged $2 million for Egypt.",
            Some(&[("donor", "Japan"), ("-item", "Egypt")]),
        ),
    ];
    run_table("donation", cases);
}
