//! The questions the citizen's page asks about dates, one entry per
//! question (`core::form` decides which shows when). Each gives the
//! question, the date question shown after "yes", the hint, and the date's
//! name as the answer's error messages say it ("the date you got the
//! council's reply"), which `date_input` puts in whole sentences.

/// The words of one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionWords {
    /// The yes/no question, or the date question for a date asked directly.
    pub question: &'static str,
    /// The date question shown after "yes" ("" when there is none).
    pub date_question: &'static str,
    pub hint: &'static str,
    /// The date as the answer's error messages name it ("" for a yes/no question).
    pub date_name: &'static str,
}

pub const COMPLAINT_RECEIVED: QuestionWords = QuestionWords {
    question: "When did your complaint reach the council?",
    date_question: "",
    hint: "The day you sent or handed in your complaint, if it was by email, online or in person; for a letter, the day it arrived. The council's clock starts on this day. For example, 3 2 2025.",
    date_name: "the date the council got your complaint",
};

pub const PROBLEM_HAPPENED: QuestionWords = QuestionWords {
    question: "When did the thing you are complaining about happen? (optional)",
    date_question: "",
    hint: "If it went on over time, use the most recent day it happened. The law gives you a year from then to complain. Leave it blank if you are not sure.",
    date_name: "the date it happened",
};

pub const PROBLEM_NOTICED: QuestionWords = QuestionWords {
    question: "When did you first know about it? (optional)",
    date_question: "",
    hint: "The Ombudsman's time limit counts from this day. It can be the same day it happened. Leave it blank if you are not sure.",
    date_name: "the date you first knew about the problem",
};

pub const ACKNOWLEDGEMENT_RECEIVED: QuestionWords = QuestionWords {
    question: "Has the council written to say it has your complaint?",
    date_question: "When did that letter or email from the council reach you?",
    hint: "This is the council's acknowledgement, not its answer. It does not change when the council's clock started. For example, 6 2 2025.",
    date_name: "the date the council's acknowledgement reached you",
};

pub const STAGE1_EXTENDED: QuestionWords = QuestionWords {
    question: "Has the council told you it needs more time for its first reply?",
    date_question: "",
    // True of both procedures (a walkthrough found the children's
    // procedure's reasons shown to a family on the council's own one);
    // the result gives each procedure's own limits.
    hint: "A council can take longer for its first reply in some cases, for example when the complaint is complicated, and should tell you if it does. Where you stand, below, shows how much longer your complaint's procedure allows.",
    date_name: "",
};

pub const STAGE1_RESPONSE_RECEIVED: QuestionWords = QuestionWords {
    question: "Has the council replied to your complaint?",
    date_question: "When did you get the council's reply?",
    hint: "This is the council's stage 1 reply. For example, 17 2 2025.",
    date_name: "the date you got the council's reply",
};

pub const STAGE2_REQUESTED: QuestionWords = QuestionWords {
    question: "Have you asked the council for a stage 2 investigation?",
    date_question: "When did you ask for stage 2?",
    hint: "Stage 2 is a second, fuller look at your complaint by someone who did not handle the first reply. For example, 3 3 2025.",
    date_name: "the date you asked for stage 2",
};

pub const ADR_BEFORE_STAGE2_OFFERED: QuestionWords = QuestionWords {
    question: "Has the council offered to talk it through with you (sometimes called alternative dispute resolution) instead of starting stage 2?",
    date_question: "",
    hint: "Some councils offer a meeting or a mediator first. It is your choice: saying no does not stop stage 2.",
    date_name: "",
};

pub const ADR_BEFORE_STAGE2_DECLINED: QuestionWords = QuestionWords {
    question: "Have you said no to that offer?",
    date_question: "When did you say no?",
    hint: "For example, 10 3 2025.",
    date_name: "the date you said no to the offer",
};

pub const STAGE2_REFUSED: QuestionWords = QuestionWords {
    question: "Has the council refused to do a stage 2 investigation?",
    date_question: "When did the council refuse?",
    hint: "For example, 12 3 2025.",
    date_name: "the date the council refused stage 2",
};

pub const STAGE2_STATEMENT_AGREED: QuestionWords = QuestionWords {
    question: "Have you agreed a written statement of your complaint?",
    date_question: "When did you agree the statement?",
    hint: "At the start of stage 2, the person investigating usually writes down what you are complaining about and asks you to agree it. For example, 11 3 2025.",
    date_name: "the date you agreed the statement",
};

pub const STAGE2_EXTENDED: QuestionWords = QuestionWords {
    question: "Has the council told you in writing that stage 2 will take longer?",
    date_question: "",
    hint: "Stage 2 can take up to 65 working days instead of 25. The council must tell you why and give you a new date.",
    date_name: "",
};

pub const STAGE2_ACKNOWLEDGEMENT_RECEIVED: QuestionWords = QuestionWords {
    question: "Has the council written to say it has your stage 2 request?",
    date_question: "When did that letter or email reach you?",
    hint: "The Ombudsman expects the council's final reply within 20 working days of this acknowledgement. For example, 9 3 2025.",
    date_name: "the date the council's stage 2 acknowledgement reached you",
};

pub const STAGE2_RESPONSE_RECEIVED: QuestionWords = QuestionWords {
    question: "Have you had the council's stage 2 reply?",
    date_question: "When did you get the stage 2 reply?",
    hint: "The stage 2 reply is sometimes called the adjudication letter. For example, 7 4 2025.",
    date_name: "the date you got the stage 2 reply",
};

pub const STAGE3_REQUESTED: QuestionWords = QuestionWords {
    question: "Have you asked for a review panel (stage 3)?",
    date_question: "When did you ask for a review panel?",
    hint: "A review panel is three independent people who meet to look again at your complaint. For example, 22 4 2025.",
    date_name: "the date you asked for a review panel",
};

pub const ADR_BEFORE_STAGE3_OFFERED: QuestionWords = QuestionWords {
    question:
        "Has the council offered to talk it through with you instead of setting up the panel?",
    date_question: "",
    hint: "Saying no to this offer does not stop the panel.",
    date_name: "",
};

pub const ADR_BEFORE_STAGE3_DECLINED: QuestionWords = QuestionWords {
    question: "Have you said no to that offer?",
    date_question: "When did you say no?",
    hint: "For example, 29 4 2025.",
    date_name: "the date you said no to the offer",
};

pub const STAGE3_REFUSED: QuestionWords = QuestionWords {
    question: "Has the council refused to set up a review panel?",
    date_question: "When did the council refuse?",
    hint: "For example, 1 5 2025.",
    date_name: "the date the council refused the panel",
};

pub const PANEL_MET: QuestionWords = QuestionWords {
    question: "Has the review panel met?",
    date_question: "When did the panel meet?",
    hint: "For example, 2 6 2025.",
    date_name: "the date the panel met",
};

pub const PANEL_REPORT_RECEIVED: QuestionWords = QuestionWords {
    question: "Has the council had the panel's report?",
    date_question: "When did the council get the panel's report?",
    hint: "If you do not know, use the date of the report. For example, 9 6 2025.",
    date_name: "the date of the panel's report",
};

pub const FINAL_RESPONSE_RECEIVED: QuestionWords = QuestionWords {
    question: "Have you had the council's final reply after the panel?",
    date_question: "When did you get the final reply?",
    hint: "For example, 30 6 2025.",
    date_name: "the date you got the final reply",
};
