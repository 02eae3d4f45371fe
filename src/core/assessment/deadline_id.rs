//! Which deadline a date is: one typed id per deadline any procedure can
//! owe, so the compiler lists every place a new deadline needs (its name,
//! order, wording). The id is a string only at the edges: the JSON the CLI
//! prints, and element ids in the page.
//!
//! A council's own version of one of the law's deadlines is its own id
//! (`stage1_response_council`), because it is shown beside the law's, never
//! instead of it. Declaration order is the order a complaint meets them,
//! each law deadline followed by the council's version of it.

use std::fmt;

use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeadlineId {
    /// The family's year to complain (reg 9).
    ComplaintTimeLimit,
    ComplaintTimeLimitCouncil,
    /// The council acknowledging the complaint (a council promise in the
    /// statutory procedure; the Code's stage 1 acknowledgement in the
    /// corporate one).
    Acknowledgement,
    Stage1Response,
    Stage1ResponseCouncil,
    Stage1ResponseExtended,
    Stage1ResponseExtendedCouncil,
    Stage2Request,
    Stage2RequestCouncil,
    /// The corporate procedure's stage 2 acknowledgement.
    Stage2Acknowledgement,
    Stage2Response,
    Stage2ResponseCouncil,
    Stage2ResponseExtended,
    Stage2ResponseExtendedCouncil,
    /// The stage 2 reply counted from the agreed statement: the other reading.
    Stage2ResponseFromStatement,
    Stage2ResponseFromStatementCouncil,
    Stage2ResponseExtendedFromStatement,
    Stage2ResponseExtendedFromStatementCouncil,
    Stage3Request,
    Stage3RequestCouncil,
    /// Choosing the review panel: only ever a council promise.
    PanelAppointed,
    PanelMeeting,
    PanelMeetingCouncil,
    PanelReport,
    PanelReportCouncil,
    FinalResponse,
    FinalResponseCouncil,
    /// The law's 12 months, from when the family first knew of the problem:
    /// before our guide, which gives way to it (`gives_way_to`).
    OmbudsmanTimeLimitFromProblem,
    /// Our guide to the Ombudsman's 12 months, from the end of the procedure.
    OmbudsmanTimeLimit,
}

use DeadlineId::*;

impl DeadlineId {
    /// Every id, in order.
    pub const ALL: [DeadlineId; 29] = [
        ComplaintTimeLimit,
        ComplaintTimeLimitCouncil,
        Acknowledgement,
        Stage1Response,
        Stage1ResponseCouncil,
        Stage1ResponseExtended,
        Stage1ResponseExtendedCouncil,
        Stage2Request,
        Stage2RequestCouncil,
        Stage2Acknowledgement,
        Stage2Response,
        Stage2ResponseCouncil,
        Stage2ResponseExtended,
        Stage2ResponseExtendedCouncil,
        Stage2ResponseFromStatement,
        Stage2ResponseFromStatementCouncil,
        Stage2ResponseExtendedFromStatement,
        Stage2ResponseExtendedFromStatementCouncil,
        Stage3Request,
        Stage3RequestCouncil,
        PanelAppointed,
        PanelMeeting,
        PanelMeetingCouncil,
        PanelReport,
        PanelReportCouncil,
        FinalResponse,
        FinalResponseCouncil,
        OmbudsmanTimeLimitFromProblem,
        OmbudsmanTimeLimit,
    ];

    /// The deadline whose date is the one to act on when both are known:
    /// our Ombudsman guide gives way to the law's date, which is shown first
    /// and is the only one in the calendar file (docs/rules.md, "The
    /// Ombudsman's time limit").
    pub fn gives_way_to(self) -> Option<DeadlineId> {
        (self == OmbudsmanTimeLimit).then_some(OmbudsmanTimeLimitFromProblem)
    }

    /// The id as the JSON and the page write it.
    pub fn as_str(self) -> &'static str {
        match self {
            ComplaintTimeLimit => "complaint_time_limit",
            ComplaintTimeLimitCouncil => "complaint_time_limit_council",
            Acknowledgement => "acknowledgement",
            Stage1Response => "stage1_response",
            Stage1ResponseCouncil => "stage1_response_council",
            Stage1ResponseExtended => "stage1_response_extended",
            Stage1ResponseExtendedCouncil => "stage1_response_extended_council",
            Stage2Request => "stage2_request",
            Stage2RequestCouncil => "stage2_request_council",
            Stage2Acknowledgement => "stage2_acknowledgement",
            Stage2Response => "stage2_response",
            Stage2ResponseCouncil => "stage2_response_council",
            Stage2ResponseExtended => "stage2_response_extended",
            Stage2ResponseExtendedCouncil => "stage2_response_extended_council",
            Stage2ResponseFromStatement => "stage2_response_from_statement",
            Stage2ResponseFromStatementCouncil => "stage2_response_from_statement_council",
            Stage2ResponseExtendedFromStatement => "stage2_response_extended_from_statement",
            Stage2ResponseExtendedFromStatementCouncil => {
                "stage2_response_extended_from_statement_council"
            }
            Stage3Request => "stage3_request",
            Stage3RequestCouncil => "stage3_request_council",
            PanelAppointed => "panel_appointed",
            PanelMeeting => "panel_meeting",
            PanelMeetingCouncil => "panel_meeting_council",
            PanelReport => "panel_report",
            PanelReportCouncil => "panel_report_council",
            FinalResponse => "final_response",
            FinalResponseCouncil => "final_response_council",
            OmbudsmanTimeLimit => "ombudsman_time_limit",
            OmbudsmanTimeLimitFromProblem => "ombudsman_time_limit_from_problem",
        }
    }

    /// The id a JSON file or a council's step names, if it is one.
    pub fn parse(text: &str) -> Option<DeadlineId> {
        DeadlineId::ALL.into_iter().find(|id| id.as_str() == text)
    }

    /// The council's own version of this law deadline, where a council's
    /// page can time the same step differently.
    pub fn council_version(self) -> Option<DeadlineId> {
        Some(match self {
            ComplaintTimeLimit => ComplaintTimeLimitCouncil,
            Stage1Response => Stage1ResponseCouncil,
            Stage1ResponseExtended => Stage1ResponseExtendedCouncil,
            Stage2Request => Stage2RequestCouncil,
            Stage2Response => Stage2ResponseCouncil,
            Stage2ResponseExtended => Stage2ResponseExtendedCouncil,
            Stage2ResponseFromStatement => Stage2ResponseFromStatementCouncil,
            Stage2ResponseExtendedFromStatement => Stage2ResponseExtendedFromStatementCouncil,
            Stage3Request => Stage3RequestCouncil,
            PanelMeeting => PanelMeetingCouncil,
            PanelReport => PanelReportCouncil,
            FinalResponse => FinalResponseCouncil,
            ComplaintTimeLimitCouncil
            | Acknowledgement
            | Stage1ResponseCouncil
            | Stage1ResponseExtendedCouncil
            | Stage2RequestCouncil
            | Stage2Acknowledgement
            | Stage2ResponseCouncil
            | Stage2ResponseExtendedCouncil
            | Stage2ResponseFromStatementCouncil
            | Stage2ResponseExtendedFromStatementCouncil
            | Stage3RequestCouncil
            | PanelAppointed
            | PanelMeetingCouncil
            | PanelReportCouncil
            | FinalResponseCouncil
            | OmbudsmanTimeLimit
            | OmbudsmanTimeLimitFromProblem => return None,
        })
    }

    /// The law's deadline a council's version stands beside (itself for
    /// the law's own and for promises the law does not make).
    pub fn law_version(self) -> DeadlineId {
        DeadlineId::ALL
            .into_iter()
            .find(|law| law.council_version() == Some(self))
            .unwrap_or(self)
    }

    /// The longest time for a reply the council may take more time over
    /// (reg 14(3), reg 17(3), the Code's 6.4).
    pub fn extended(self) -> Option<DeadlineId> {
        Some(match self {
            Stage1Response => Stage1ResponseExtended,
            Stage1ResponseCouncil => Stage1ResponseExtendedCouncil,
            Stage2Response => Stage2ResponseExtended,
            Stage2ResponseCouncil => Stage2ResponseExtendedCouncil,
            Stage2ResponseFromStatement => Stage2ResponseExtendedFromStatement,
            Stage2ResponseFromStatementCouncil => Stage2ResponseExtendedFromStatementCouncil,
            ComplaintTimeLimit
            | ComplaintTimeLimitCouncil
            | Acknowledgement
            | Stage1ResponseExtended
            | Stage1ResponseExtendedCouncil
            | Stage2Request
            | Stage2RequestCouncil
            | Stage2Acknowledgement
            | Stage2ResponseExtended
            | Stage2ResponseExtendedCouncil
            | Stage2ResponseExtendedFromStatement
            | Stage2ResponseExtendedFromStatementCouncil
            | Stage3Request
            | Stage3RequestCouncil
            | PanelAppointed
            | PanelMeeting
            | PanelMeetingCouncil
            | PanelReport
            | PanelReportCouncil
            | FinalResponse
            | FinalResponseCouncil
            | OmbudsmanTimeLimit
            | OmbudsmanTimeLimitFromProblem => return None,
        })
    }

    /// True for the longest time a reply may take once extended.
    pub fn is_extended(self) -> bool {
        DeadlineId::ALL
            .into_iter()
            .any(|usual| usual.extended() == Some(self))
    }

    /// The reply this deadline is a version of (usual or longest time, the
    /// law's, the council's or the other reading), if it is a reply the
    /// council owes to a stage of the complaint.
    pub fn reply(self) -> Option<Reply> {
        match self {
            Stage1Response
            | Stage1ResponseCouncil
            | Stage1ResponseExtended
            | Stage1ResponseExtendedCouncil => Some(Reply::Stage1),
            Stage2Response
            | Stage2ResponseCouncil
            | Stage2ResponseExtended
            | Stage2ResponseExtendedCouncil
            | Stage2ResponseFromStatement
            | Stage2ResponseFromStatementCouncil
            | Stage2ResponseExtendedFromStatement
            | Stage2ResponseExtendedFromStatementCouncil => Some(Reply::Stage2),
            FinalResponse | FinalResponseCouncil => Some(Reply::Final),
            ComplaintTimeLimit
            | ComplaintTimeLimitCouncil
            | Acknowledgement
            | Stage2Request
            | Stage2RequestCouncil
            | Stage2Acknowledgement
            | Stage3Request
            | Stage3RequestCouncil
            | PanelAppointed
            | PanelMeeting
            | PanelMeetingCouncil
            | PanelReport
            | PanelReportCouncil
            | OmbudsmanTimeLimit
            | OmbudsmanTimeLimitFromProblem => None,
        }
    }

    /// The other reading of the same stage 2 reply (counted from the agreed
    /// statement), for the law's two stage 2 reply deadlines.
    pub fn from_statement(self) -> Option<DeadlineId> {
        match self {
            Stage2Response => Some(Stage2ResponseFromStatement),
            Stage2ResponseExtended => Some(Stage2ResponseExtendedFromStatement),
            ComplaintTimeLimit
            | ComplaintTimeLimitCouncil
            | Acknowledgement
            | Stage1Response
            | Stage1ResponseCouncil
            | Stage1ResponseExtended
            | Stage1ResponseExtendedCouncil
            | Stage2Request
            | Stage2RequestCouncil
            | Stage2Acknowledgement
            | Stage2ResponseCouncil
            | Stage2ResponseExtendedCouncil
            | Stage2ResponseFromStatement
            | Stage2ResponseFromStatementCouncil
            | Stage2ResponseExtendedFromStatement
            | Stage2ResponseExtendedFromStatementCouncil
            | Stage3Request
            | Stage3RequestCouncil
            | PanelAppointed
            | PanelMeeting
            | PanelMeetingCouncil
            | PanelReport
            | PanelReportCouncil
            | FinalResponse
            | FinalResponseCouncil
            | OmbudsmanTimeLimit
            | OmbudsmanTimeLimitFromProblem => None,
        }
    }

    /// The Ombudsman's time limit, counted either way.
    pub fn is_ombudsman_time_limit(self) -> bool {
        matches!(self, OmbudsmanTimeLimit | OmbudsmanTimeLimitFromProblem)
    }
}

/// A reply the council owes to one stage of the complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    Stage1,
    Stage2,
    /// The council's final response to the panel's recommendations.
    Final,
}

impl fmt::Display for DeadlineId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DeadlineId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::ops::Deref for DeadlineId {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for DeadlineId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for DeadlineId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_reads_back_from_its_name_and_names_are_unique() {
        for id in DeadlineId::ALL {
            assert_eq!(DeadlineId::parse(id.as_str()), Some(id));
        }
        let mut names: Vec<&str> = DeadlineId::ALL.iter().map(|id| id.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), DeadlineId::ALL.len());
        assert_eq!(DeadlineId::parse("stage4_response"), None);
    }

    #[test]
    fn the_list_is_in_the_order_a_complaint_meets_the_deadlines() {
        let mut sorted = DeadlineId::ALL;
        sorted.sort();
        assert_eq!(sorted, DeadlineId::ALL);
        assert!(Stage1Response < Stage1ResponseCouncil);
        assert!(Stage1ResponseCouncil < Stage1ResponseExtended);
    }

    #[test]
    fn a_council_version_is_named_with_council_after_the_law_name() {
        for id in DeadlineId::ALL {
            if let Some(council) = id.council_version() {
                assert_eq!(council.as_str(), format!("{}_council", id.as_str()));
                assert_eq!(council.reply(), id.reply());
            }
        }
        assert_eq!(Acknowledgement.council_version(), None);
        assert_eq!(
            Stage2ResponseFromStatementCouncil.law_version(),
            Stage2ResponseFromStatement
        );
        assert_eq!(PanelAppointed.law_version(), PanelAppointed);
    }

    #[test]
    fn extended_ids_are_the_usual_name_with_extended() {
        assert!(Stage2ResponseExtendedFromStatement.is_extended());
        assert!(!Stage2ResponseFromStatement.is_extended());
        assert_eq!(
            Stage1Response.extended().map(DeadlineId::as_str),
            Some("stage1_response_extended")
        );
        assert_eq!(
            Stage2ResponseFromStatement.extended(),
            Some(Stage2ResponseExtendedFromStatement)
        );
        assert_eq!(
            serde_json::to_string(&Stage2ResponseCouncil).unwrap(),
            "\"stage2_response_council\""
        );
    }
}
