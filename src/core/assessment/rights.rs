//! The family's rights at each stage, in plain English, each with its
//! source. Each term (advocate, independent person, review panel, Ombudsman)
//! is explained the first time it appears in a stage's list.

use super::law::{self, CHILDREN_ACT_S26A, GUIDANCE, OMBUDSMAN_ACT};
use super::{Right, Source, Stage};
use crate::text::en::rights::{self as words, RightWords};

struct RightText {
    id: &'static str,
    words: RightWords,
    citation: &'static str,
    url: &'static str,
}

const CHILD_ADVOCATE: RightText = RightText {
    id: "child_advocate",
    words: words::CHILD_ADVOCATE,
    citation: "Children Act 1989 s26A",
    url: CHILDREN_ACT_S26A,
};

const HELP_FROM_ADVOCATE: RightText = RightText {
    id: "help_from_advocate",
    words: words::HELP_FROM_ADVOCATE,
    citation: GUIDANCE.0,
    url: GUIDANCE.1,
};

const STAGE2_IF_NOT_HAPPY: RightText = RightText {
    id: "stage2_if_not_happy",
    words: words::STAGE2_IF_NOT_HAPPY,
    citation: law::STAGE1_RESPONSE.citation,
    url: law::STAGE1_RESPONSE.url,
};

const INDEPENDENT_PERSON: RightText = RightText {
    id: "independent_person",
    words: words::INDEPENDENT_PERSON,
    citation: law::STAGE2_RESPONSE.citation,
    url: law::STAGE2_RESPONSE.url,
};

const REASONS_FOR_MORE_TIME: RightText = RightText {
    id: "reasons_for_more_time",
    words: words::REASONS_FOR_MORE_TIME,
    citation: law::STAGE2_RESPONSE.citation,
    url: law::STAGE2_RESPONSE.url,
};

const REVIEW_PANEL: RightText = RightText {
    id: "review_panel",
    words: words::REVIEW_PANEL,
    citation: law::STAGE3_REQUEST.citation,
    url: law::STAGE3_REQUEST.url,
};

const PANEL_WITH_SUPPORT: RightText = RightText {
    id: "panel_with_support",
    words: words::PANEL_WITH_SUPPORT,
    citation: "SI 2006/1738 reg 19(6)",
    url: law::PANEL_MEETING.url,
};

const OMBUDSMAN: RightText = RightText {
    id: "ombudsman",
    words: words::OMBUDSMAN,
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
            title: right.words.title.to_string(),
            explanation: right.words.explanation.to_string(),
            source: Source {
                citation: right.citation.to_string(),
                url: Some(right.url.to_string()),
            },
        })
        .collect()
}
