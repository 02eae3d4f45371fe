//! What has happened so far: the events a case records, with dates, and the
//! yes/no facts beside them. Each event is described once, in [`EVENTS`]:
//! its field in the case file, what must be recorded before it and what it
//! cannot come before. Messages name the events in whole sentences in
//! `text::en::case_checks`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Every event the engine understands. Dates absent or null mean "has not happened".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Events {
    /// When the thing complained about happened (the grounds arose, reg 9).
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub problem_happened: Option<NaiveDate>,
    /// When the family first knew of it (notice, for the Ombudsman, s26B).
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub problem_noticed: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub complaint_received: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub acknowledgement_received: Option<NaiveDate>,
    pub stage1_extended: bool,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub stage1_response_received: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub stage2_requested: Option<NaiveDate>,
    /// The council refused to start stage 2 (date of the refusal).
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub stage2_refused: Option<NaiveDate>,
    pub adr_before_stage2_offered: bool,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub adr_before_stage2_declined: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub stage2_statement_agreed: Option<NaiveDate>,
    pub stage2_extended: bool,
    /// The council acknowledged the stage 2 request (the corporate procedure).
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub stage2_acknowledgement_received: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub stage2_response_received: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub stage3_requested: Option<NaiveDate>,
    /// The council refused to set up a review panel (date of the refusal).
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub stage3_refused: Option<NaiveDate>,
    pub adr_before_stage3_offered: bool,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub adr_before_stage3_declined: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub panel_met: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub panel_report_received: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub final_response_received: Option<NaiveDate>,
    /// Events this version does not know (written by a newer version, or
    /// added by hand): kept exactly as read and written back on every save
    /// and export, so nothing is dropped. The engine ignores them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl Events {
    /// When stage 2 started: the day you asked for it or, if that is not
    /// entered, the day you said no to informal resolution (ADR) offered
    /// before stage 2, because declining ADR moves the complaint on
    /// (docs/rules.md, "Declining ADR").
    pub fn stage2_start(&self) -> Option<(Event, NaiveDate)> {
        match (self.stage2_requested, self.adr_before_stage2_declined) {
            (Some(asked), _) => Some((Event::Stage2Requested, asked)),
            (None, Some(declined)) => Some((Event::AdrBeforeStage2Declined, declined)),
            (None, None) => None,
        }
    }

    /// When stage 3 started: the day you asked for a review panel or, if that
    /// is not entered, the day you said no to ADR offered before stage 3.
    pub fn stage3_start(&self) -> Option<(Event, NaiveDate)> {
        match (self.stage3_requested, self.adr_before_stage3_declined) {
            (Some(asked), _) => Some((Event::Stage3Requested, asked)),
            (None, Some(declined)) => Some((Event::AdrBeforeStage3Declined, declined)),
            (None, None) => None,
        }
    }

    /// The event that stands for `event` and its date: asking for stage 2
    /// or 3 is stood in for by declining ADR when no request is entered
    /// (see [`Events::stage2_start`]); any other event stands for itself.
    pub fn start_of(&self, event: Event) -> Option<(Event, NaiveDate)> {
        match event {
            Event::Stage2Requested => self.stage2_start(),
            Event::Stage3Requested => self.stage3_start(),
            other => other.date(self).map(|date| (other, date)),
        }
    }
}

/// A dated event in [`Events`], in the order a complaint goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    ProblemHappened,
    ProblemNoticed,
    ComplaintReceived,
    AcknowledgementReceived,
    Stage1ResponseReceived,
    Stage2Requested,
    Stage2Refused,
    AdrBeforeStage2Declined,
    Stage2StatementAgreed,
    Stage2AcknowledgementReceived,
    Stage2ResponseReceived,
    Stage3Requested,
    Stage3Refused,
    AdrBeforeStage3Declined,
    PanelMet,
    PanelReportReceived,
    FinalResponseReceived,
}

/// One event, described once.
pub struct EventRow {
    pub event: Event,
    /// The field name in the case file, e.g. "complaint_received".
    pub field: &'static str,
    /// The event that must be recorded before this one can be. Asking for
    /// stage 2 or 3 is also satisfied by declining ADR (see [`Events::start_of`]).
    pub prerequisite: Option<Event>,
    /// Events this one cannot come before (same day is fine).
    pub not_before: &'static [Event],
    pub get: fn(&Events) -> Option<NaiveDate>,
    pub slot: fn(&mut Events) -> &mut Option<NaiveDate>,
}

/// Every event, in the order a complaint meets them (the order of [`Event`]).
pub const EVENTS: [EventRow; 17] = [
    EventRow {
        // Families complain about things still to come, and learn of things
        // long after: no order is impossible for these two.
        event: Event::ProblemHappened,
        field: "problem_happened",
        prerequisite: None,
        not_before: &[],
        get: |e| e.problem_happened,
        slot: |e| &mut e.problem_happened,
    },
    EventRow {
        event: Event::ProblemNoticed,
        field: "problem_noticed",
        prerequisite: None,
        not_before: &[],
        get: |e| e.problem_noticed,
        slot: |e| &mut e.problem_noticed,
    },
    EventRow {
        event: Event::ComplaintReceived,
        field: "complaint_received",
        prerequisite: None,
        not_before: &[Event::ProblemNoticed],
        get: |e| e.complaint_received,
        slot: |e| &mut e.complaint_received,
    },
    EventRow {
        event: Event::AcknowledgementReceived,
        field: "acknowledgement_received",
        prerequisite: Some(Event::ComplaintReceived),
        not_before: &[Event::ComplaintReceived],
        get: |e| e.acknowledgement_received,
        slot: |e| &mut e.acknowledgement_received,
    },
    EventRow {
        event: Event::Stage1ResponseReceived,
        field: "stage1_response_received",
        prerequisite: Some(Event::ComplaintReceived),
        not_before: &[Event::ComplaintReceived],
        get: |e| e.stage1_response_received,
        slot: |e| &mut e.stage1_response_received,
    },
    EventRow {
        // Families do ask early, before the stage 1 reply or its longest time:
        // that is recorded and counted, with a warning.
        event: Event::Stage2Requested,
        field: "stage2_requested",
        prerequisite: Some(Event::ComplaintReceived),
        not_before: &[Event::ComplaintReceived],
        get: |e| e.stage2_requested,
        slot: |e| &mut e.stage2_requested,
    },
    EventRow {
        event: Event::Stage2Refused,
        field: "stage2_refused",
        prerequisite: Some(Event::Stage2Requested),
        not_before: &[Event::Stage2Requested],
        get: |e| e.stage2_refused,
        slot: |e| &mut e.stage2_refused,
    },
    EventRow {
        event: Event::AdrBeforeStage2Declined,
        field: "adr_before_stage2_declined",
        prerequisite: Some(Event::ComplaintReceived),
        not_before: &[Event::ComplaintReceived],
        get: |e| e.adr_before_stage2_declined,
        slot: |e| &mut e.adr_before_stage2_declined,
    },
    EventRow {
        event: Event::Stage2StatementAgreed,
        field: "stage2_statement_agreed",
        prerequisite: Some(Event::Stage2Requested),
        not_before: &[Event::Stage2Requested],
        get: |e| e.stage2_statement_agreed,
        slot: |e| &mut e.stage2_statement_agreed,
    },
    EventRow {
        event: Event::Stage2AcknowledgementReceived,
        field: "stage2_acknowledgement_received",
        prerequisite: Some(Event::Stage2Requested),
        not_before: &[Event::Stage2Requested],
        get: |e| e.stage2_acknowledgement_received,
        slot: |e| &mut e.stage2_acknowledgement_received,
    },
    EventRow {
        // Only what cannot happen is refused: a reply before the request it
        // answers. Before a late stage 1 reply, or before a statement was
        // agreed, is unusual, not impossible.
        event: Event::Stage2ResponseReceived,
        field: "stage2_response_received",
        prerequisite: Some(Event::Stage2Requested),
        not_before: &[Event::Stage2Requested, Event::AdrBeforeStage2Declined],
        get: |e| e.stage2_response_received,
        slot: |e| &mut e.stage2_response_received,
    },
    EventRow {
        event: Event::Stage3Requested,
        field: "stage3_requested",
        prerequisite: Some(Event::Stage2ResponseReceived),
        not_before: &[Event::Stage2ResponseReceived],
        get: |e| e.stage3_requested,
        slot: |e| &mut e.stage3_requested,
    },
    EventRow {
        event: Event::Stage3Refused,
        field: "stage3_refused",
        prerequisite: Some(Event::Stage3Requested),
        not_before: &[Event::Stage3Requested],
        get: |e| e.stage3_refused,
        slot: |e| &mut e.stage3_refused,
    },
    EventRow {
        event: Event::AdrBeforeStage3Declined,
        field: "adr_before_stage3_declined",
        prerequisite: Some(Event::Stage2ResponseReceived),
        not_before: &[Event::Stage2ResponseReceived],
        get: |e| e.adr_before_stage3_declined,
        slot: |e| &mut e.adr_before_stage3_declined,
    },
    EventRow {
        event: Event::PanelMet,
        field: "panel_met",
        prerequisite: Some(Event::Stage3Requested),
        not_before: &[Event::Stage3Requested, Event::AdrBeforeStage3Declined],
        get: |e| e.panel_met,
        slot: |e| &mut e.panel_met,
    },
    EventRow {
        event: Event::PanelReportReceived,
        field: "panel_report_received",
        prerequisite: Some(Event::PanelMet),
        not_before: &[Event::PanelMet],
        get: |e| e.panel_report_received,
        slot: |e| &mut e.panel_report_received,
    },
    EventRow {
        event: Event::FinalResponseReceived,
        field: "final_response_received",
        prerequisite: Some(Event::PanelReportReceived),
        not_before: &[Event::PanelReportReceived],
        get: |e| e.final_response_received,
        slot: |e| &mut e.final_response_received,
    },
];

impl Event {
    pub const ALL: [Event; 17] = [
        Event::ProblemHappened,
        Event::ProblemNoticed,
        Event::ComplaintReceived,
        Event::AcknowledgementReceived,
        Event::Stage1ResponseReceived,
        Event::Stage2Requested,
        Event::Stage2Refused,
        Event::AdrBeforeStage2Declined,
        Event::Stage2StatementAgreed,
        Event::Stage2AcknowledgementReceived,
        Event::Stage2ResponseReceived,
        Event::Stage3Requested,
        Event::Stage3Refused,
        Event::AdrBeforeStage3Declined,
        Event::PanelMet,
        Event::PanelReportReceived,
        Event::FinalResponseReceived,
    ];

    fn row(self) -> &'static EventRow {
        &EVENTS[self as usize]
    }

    /// The field name in the case file, e.g. "complaint_received".
    pub fn field(self) -> &'static str {
        self.row().field
    }

    pub fn from_field(name: &str) -> Option<Event> {
        EVENTS
            .iter()
            .find(|row| row.field == name)
            .map(|row| row.event)
    }

    pub fn date(self, events: &Events) -> Option<NaiveDate> {
        (self.row().get)(events)
    }

    pub fn slot(self, events: &mut Events) -> &mut Option<NaiveDate> {
        (self.row().slot)(events)
    }

    pub(super) fn prerequisite(self) -> Option<Event> {
        self.row().prerequisite
    }

    pub(super) fn not_before(self) -> &'static [Event] {
        self.row().not_before
    }
}

/// A yes/no fact in [`Events`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    Stage1Extended,
    AdrBeforeStage2Offered,
    Stage2Extended,
    AdrBeforeStage3Offered,
}

impl Flag {
    pub const ALL: [Flag; 4] = [
        Flag::Stage1Extended,
        Flag::AdrBeforeStage2Offered,
        Flag::Stage2Extended,
        Flag::AdrBeforeStage3Offered,
    ];

    pub fn field(self) -> &'static str {
        match self {
            Flag::Stage1Extended => "stage1_extended",
            Flag::AdrBeforeStage2Offered => "adr_before_stage2_offered",
            Flag::Stage2Extended => "stage2_extended",
            Flag::AdrBeforeStage3Offered => "adr_before_stage3_offered",
        }
    }

    pub fn from_field(name: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|flag| flag.field() == name)
    }

    pub fn get(self, events: &Events) -> bool {
        match self {
            Flag::Stage1Extended => events.stage1_extended,
            Flag::AdrBeforeStage2Offered => events.adr_before_stage2_offered,
            Flag::Stage2Extended => events.stage2_extended,
            Flag::AdrBeforeStage3Offered => events.adr_before_stage3_offered,
        }
    }

    pub fn slot(self, events: &mut Events) -> &mut bool {
        match self {
            Flag::Stage1Extended => &mut events.stage1_extended,
            Flag::AdrBeforeStage2Offered => &mut events.adr_before_stage2_offered,
            Flag::Stage2Extended => &mut events.stage2_extended,
            Flag::AdrBeforeStage3Offered => &mut events.adr_before_stage3_offered,
        }
    }

    pub(super) fn prerequisite(self) -> Event {
        match self {
            Flag::Stage1Extended | Flag::AdrBeforeStage2Offered => Event::ComplaintReceived,
            Flag::Stage2Extended => Event::Stage2Requested,
            Flag::AdrBeforeStage3Offered => Event::Stage2ResponseReceived,
        }
    }
}

/// Working days without a stage 1 reply after which the family may ask for
/// stage 2 anyway: the law's longest stage 1 time (docs/rules.md, "Stage 1
/// without a reply").
pub const STAGE1_LONGEST_WORKING_DAYS: u32 = 20;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_follows_the_order_of_the_events() {
        for (index, row) in EVENTS.iter().enumerate() {
            assert_eq!(row.event as usize, index, "{}", row.field);
            assert_eq!(Event::ALL[index], row.event);
            assert_eq!(Event::from_field(row.field), Some(row.event));
        }
        let mut events = Events::default();
        for event in Event::ALL {
            let date = NaiveDate::from_ymd_opt(2026, 1, 1 + event as u32);
            *event.slot(&mut events) = date;
            assert_eq!(event.date(&events), date, "{}", event.field());
        }
    }
}
