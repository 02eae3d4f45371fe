//! The family's rights at each stage, in plain English, each with its
//! source. Each term (advocate, independent person, review panel, Ombudsman)
//! is explained the first time it appears in a stage's list.

use super::law::{self, CHILDREN_ACT_S26A, GUIDANCE, OMBUDSMAN_ACT};
use super::{Right, Source, Stage};

struct RightText {
    id: &'static str,
    title: &'static str,
    explanation: &'static str,
    citation: &'static str,
    url: &'static str,
}

const CHILD_ADVOCATE: RightText = RightText {
    id: "child_advocate",
    title: "A child or young person can have an advocate",
    explanation: "An advocate is someone whose job is to help a child or young person say what they think and make sure they are listened to. The council must offer one to a child or young person who wants to complain, and help them get one. It is free.",
    citation: "Children Act 1989 s26A",
    url: CHILDREN_ACT_S26A,
};

const HELP_FROM_ADVOCATE: RightText = RightText {
    id: "help_from_advocate",
    title: "You can have someone to help you",
    explanation: "You do not have to do this alone. An independent advocate (someone who is on your side and does not work for the council), a friend or a relative can help you at any stage, for example to write letters or come to meetings.",
    citation: GUIDANCE.0,
    url: GUIDANCE.1,
};

const STAGE2_IF_NOT_HAPPY: RightText = RightText {
    id: "stage2_if_not_happy",
    title: "You can go to stage 2 if you are not happy",
    explanation: "If you are not happy with the stage 1 reply, you can ask for stage 2, even if the council says your complaint has been sorted out. At stage 2 someone looks into your complaint in detail.",
    citation: law::STAGE1_RESPONSE.citation,
    url: law::STAGE1_RESPONSE.url,
};

const INDEPENDENT_PERSON: RightText = RightText {
    id: "independent_person",
    title: "Someone independent checks stage 2",
    explanation: "At stage 2 an investigating officer looks into your complaint. An independent person, someone who does not work for the council, takes part too, to make sure the investigation is fair.",
    citation: law::STAGE2_RESPONSE.citation,
    url: law::STAGE2_RESPONSE.url,
};

const REASONS_FOR_MORE_TIME: RightText = RightText {
    id: "reasons_for_more_time",
    title: "If stage 2 takes longer, the council must tell you why",
    explanation: "The council has 25 working days for stage 2. It can take longer, up to 65 working days, only if it writes to you to explain why and gives you a new date.",
    citation: law::STAGE2_RESPONSE.citation,
    url: law::STAGE2_RESPONSE.url,
};

const REVIEW_PANEL: RightText = RightText {
    id: "review_panel",
    title: "You can ask for a review panel (stage 3)",
    explanation: "If you are not happy with the stage 2 reply, you can ask for a review panel: three independent people who meet to look at your complaint again and tell the council what it should do.",
    citation: law::STAGE3_REQUEST.citation,
    url: law::STAGE3_REQUEST.url,
};

const PANEL_WITH_SUPPORT: RightText = RightText {
    id: "panel_with_support",
    title: "You can go to the panel meeting with someone to speak for you",
    explanation: "The review panel is three independent people who meet to look at your complaint again and tell the council what it should do. You can go to the meeting and bring an advocate or another person, who can speak for you.",
    citation: "SI 2006/1738 reg 19(6)",
    url: law::PANEL_MEETING.url,
};

const OMBUDSMAN: RightText = RightText {
    id: "ombudsman",
    title: "You can go to the Ombudsman",
    explanation: "The Local Government and Social Care Ombudsman is independent and free. It looks into complaints about councils and can tell them to put things right. It normally expects you to finish the council's three stages first, but can step in early if the council delays a lot or refuses to move your complaint on.",
    citation: OMBUDSMAN_ACT.0,
    url: OMBUDSMAN_ACT.1,
};

pub(super) fn rights(stage: Stage) -> Vec<Right> {
    let list: &[RightText] = match stage {
        Stage::NotStarted | Stage::Stage1 => &[
            CHILD_ADVOCATE,
            HELP_FROM_ADVOCATE,
            STAGE2_IF_NOT_HAPPY,
            OMBUDSMAN,
        ],
        Stage::Stage2 => &[
            CHILD_ADVOCATE,
            HELP_FROM_ADVOCATE,
            INDEPENDENT_PERSON,
            REASONS_FOR_MORE_TIME,
            REVIEW_PANEL,
            OMBUDSMAN,
        ],
        Stage::Stage3 => &[
            CHILD_ADVOCATE,
            HELP_FROM_ADVOCATE,
            PANEL_WITH_SUPPORT,
            OMBUDSMAN,
        ],
        Stage::Finished => &[OMBUDSMAN, CHILD_ADVOCATE, HELP_FROM_ADVOCATE],
    };
    list.iter()
        .map(|right| Right {
            id: right.id.to_string(),
            title: right.title.to_string(),
            explanation: right.explanation.to_string(),
            source: Source {
                citation: right.citation.to_string(),
                url: Some(right.url.to_string()),
            },
        })
        .collect()
}
