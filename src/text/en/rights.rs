//! The family's rights, each a title and a plain explanation. The engine
//! chooses which rights show at each stage, with their sources.

/// One right in words.
#[derive(Debug, Clone, Copy)]
pub struct RightWords {
    pub title: &'static str,
    pub explanation: &'static str,
}

pub const CHILD_ADVOCATE: RightWords = RightWords {
    title: "A child or young person can have an advocate",
    explanation: "An advocate is someone whose job is to help a child or young person say what they think and make sure they are listened to. The council must offer one to a child or young person who wants to complain, and help them get one. It is free.",
};

pub const HELP_FROM_ADVOCATE: RightWords = RightWords {
    title: "You can have someone to help you",
    explanation: "You do not have to do this alone. An independent advocate (someone who is on your side and does not work for the council), a friend or a relative can help you at any stage, for example to write letters or come to meetings.",
};

pub const STAGE2_IF_NOT_HAPPY: RightWords = RightWords {
    title: "You can go to stage 2 if you are not happy",
    explanation: "If you are not happy with the stage 1 reply, you can ask for stage 2, even if the council says your complaint has been sorted out. At stage 2 someone looks into your complaint in detail.",
};

pub const INDEPENDENT_PERSON: RightWords = RightWords {
    title: "Someone independent checks stage 2",
    explanation: "At stage 2 an investigating officer looks into your complaint. An independent person, someone who does not work for the council, takes part too, to make sure the investigation is fair.",
};

pub const REASONS_FOR_MORE_TIME: RightWords = RightWords {
    title: "If stage 2 takes longer, the council must tell you why",
    explanation: "The council has 25 working days for stage 2. It can take longer, up to 65 working days, only if it writes to you to explain why and gives you a new date.",
};

pub const REVIEW_PANEL: RightWords = RightWords {
    title: "You can ask for a review panel (stage 3)",
    explanation: "If you are not happy with the stage 2 reply, you can ask for a review panel: three independent people who meet to look at your complaint again and tell the council what it should do.",
};

pub const PANEL_WITH_SUPPORT: RightWords = RightWords {
    title: "You can go to the panel meeting with someone to speak for you",
    explanation: "The review panel is three independent people who meet to look at your complaint again and tell the council what it should do. You can go to the meeting and bring an advocate or another person, who can speak for you.",
};

pub const OMBUDSMAN: RightWords = RightWords {
    title: "You can go to the Ombudsman",
    explanation: "The Local Government and Social Care Ombudsman is independent and free. It looks into complaints about councils and can tell them to put things right. It normally expects you to finish the council's three stages first, but can step in early if the council delays a lot or refuses to move your complaint on.",
};

/// Under the corporate procedure.
pub const ASK_WHICH_PROCEDURE: RightWords = RightWords {
    title: "You can ask which procedure the council is using",
    explanation: "The council should tell you which complaints procedure it is using and why. If your complaint is about services for a child, the statutory children's procedure may apply instead, with three stages and time limits set by law.",
};

/// The Ombudsman, under the corporate procedure.
pub const CORPORATE_OMBUDSMAN: RightWords = RightWords {
    title: "You can go to the Ombudsman",
    explanation: "The Local Government and Social Care Ombudsman is independent and free. It normally expects you to finish the council's procedure first, and it treats using the wrong procedure as a fault.",
};
