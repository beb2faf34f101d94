#![allow(clippy::unwrap_used)]
use super::*;
use crate::calendar::{ClockState, ReminderKind};
use clock::{EARLY_WARNING_WITHIN, NOTIFICATION_WITHIN};

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}
fn h(n: i64) -> Duration {
    Duration::hours(n)
}
fn de() -> MemberState {
    MemberState::parse("DE").unwrap()
}
fn zone(z: &str) -> TimeZoneName {
    TimeZoneName::parse(z).unwrap()
}

const AWARE: &str = "2026-03-02T09:15:00Z";

fn input() -> IncidentInput {
    IncidentInput {
        title: " Ransomware on the imaging servers ".into(),
        started_at: utc("2026-03-02T03:00:00Z"),
        aware_at: utc(AWARE),
        category: Category::Ransomware,
        affected_services: vec![AffectedService::Diagnostics, AffectedService::EmergencyCare],
        suspected_malicious: true,
        cross_border: false,
        significance_criteria: vec![
            SignificanceCriterion::EmergencyCareDiverted,
            SignificanceCriterion::PatientDataExfiltrated,
        ],
        significance_assessment: "Emergency admissions diverted for six hours.".into(),
    }
}

fn case() -> IncidentCase {
    let incident = NewIncident::parse(input(), utc(AWARE) + h(1)).unwrap();
    IncidentCase::new(
        de(),
        zone("Europe/Berlin"),
        &incident,
        RansomStatus::default(),
    )
}

fn submitted(stage: Stage, at: DateTime<Utc>) -> Submission {
    Submission {
        stage,
        submitted_at: at,
        acknowledged_at: None,
    }
}

/// A case with these stages submitted at these instants.
fn with(stages: &[(Stage, &str)]) -> IncidentCase {
    let mut c = case();
    c.submissions = stages
        .iter()
        .map(|(s, at)| submitted(*s, utc(at)))
        .collect();
    c
}

// ---- the report --------------------------------------------------------------------------

#[test]
fn a_valid_report_is_kept_trimmed_and_sorted() {
    let n = NewIncident::parse(input(), utc(AWARE)).unwrap();
    assert_eq!(n.title, "Ransomware on the imaging servers");
    assert_eq!(
        n.affected_services,
        vec![AffectedService::EmergencyCare, AffectedService::Diagnostics]
    );
    assert_eq!(
        n.significance.points(),
        vec![SignificancePoint::A, SignificancePoint::B]
    );
}

#[test]
fn bad_reports_are_refused_naming_the_field() {
    let now = utc(AWARE) + h(1);
    type Edit = fn(&mut IncidentInput);
    let rows: &[(Edit, &str)] = &[
        (|i| i.aware_at = utc("2026-03-02T10:15:00.001Z"), "awareAt"), // after now
        (|i| i.aware_at = utc("2026-03-02T02:59:59Z"), "awareAt"),     // before the start
        (|i| i.started_at = utc("2026-03-02T11:00:00Z"), "startedAt"), // start in the future
        (|i| i.started_at = utc("2010-01-01T00:00:00Z"), "startedAt"), // more than ten years ago
        (|i| i.title = "  x ".into(), "title"),
        (|i| i.title = "a\u{7}bc".into(), "title"),
        (|i| i.affected_services.clear(), "affectedServices"),
        (
            |i| i.affected_services = vec![AffectedService::Surgery, AffectedService::Surgery],
            "affectedServices",
        ),
        (|i| i.significance_criteria.clear(), "significance.criteria"),
        (
            |i| i.significance_assessment = "bad".into(),
            "significance.assessment",
        ),
    ];
    for (edit, field) in rows {
        let mut i = input();
        edit(&mut i);
        let e = NewIncident::parse(i, now).unwrap_err();
        assert_eq!(e.field(), Some(*field), "{e}");
    }
    // Awareness exactly now, and exactly at the start, are fine.
    let mut i = input();
    i.aware_at = now;
    assert!(NewIncident::parse(i, now).is_ok());
    let mut i = input();
    i.aware_at = i.started_at;
    assert!(NewIncident::parse(i, now).is_ok());
}

#[test]
fn enum_codes_round_trip() {
    for c in Category::ALL {
        assert_eq!(Category::parse(c.as_str()).unwrap(), c);
    }
    assert_eq!(Stage::parse("EARLY_WARNING").unwrap(), Stage::EarlyWarning);
    assert_eq!(Severity::parse("CRITICAL").unwrap(), Severity::Critical);
    assert!(Category::parse("ALIENS").is_err());
}

// ---- stage content -----------------------------------------------------------------------

#[test]
fn each_stage_requires_the_content_of_article_23_4() {
    let full = StageInput {
        suspected_malicious: Some(true),
        cross_border_impact: Some(false),
        severity: Some(Severity::High),
        summary: Some("Encryption of PACS".into()),
        impact: Some("Imaging down".into()),
        indicators_of_compromise: Some("  ".into()),
        status_update: Some("Restoring".into()),
        mitigation: Some("Isolated the VLAN".into()),
        description: Some("Full description".into()),
        root_cause: Some("Phished VPN credentials".into()),
        cross_border_description: None,
    };
    for stage in [
        Stage::EarlyWarning,
        Stage::Notification,
        Stage::Intermediate,
        Stage::Progress,
        Stage::Final,
    ] {
        let r = StageReport::parse(stage, &full).unwrap();
        assert_eq!(r.stage(), stage);
    }
    let StageReport::Notification(n) = StageReport::parse(Stage::Notification, &full).unwrap()
    else {
        panic!()
    };
    assert_eq!(
        n.indicators_of_compromise, None,
        "blank indicators are none"
    );
    type Edit = fn(&mut StageInput);
    let rows: &[(Stage, Edit, &str)] = &[
        (
            Stage::EarlyWarning,
            |i| i.suspected_malicious = None,
            "report.suspectedMalicious",
        ),
        (
            Stage::EarlyWarning,
            |i| i.cross_border_impact = None,
            "report.crossBorderImpact",
        ),
        (
            Stage::EarlyWarning,
            |i| i.summary = Some(" ".into()),
            "report.summary",
        ),
        (
            Stage::Notification,
            |i| i.severity = None,
            "report.severity",
        ),
        (Stage::Notification, |i| i.impact = None, "report.impact"),
        (
            Stage::Intermediate,
            |i| i.status_update = None,
            "report.statusUpdate",
        ),
        (
            Stage::Progress,
            |i| i.mitigation = None,
            "report.mitigation",
        ),
        (Stage::Final, |i| i.root_cause = None, "report.rootCause"),
        (
            Stage::Final,
            |i| i.description = Some("x".repeat(8001)),
            "report.description",
        ),
    ];
    for (stage, edit, field) in rows {
        let mut i = full.clone();
        edit(&mut i);
        let e = StageReport::parse(*stage, &i).unwrap_err();
        assert_eq!(e.field(), Some(*field), "{stage:?}");
    }
}

#[test]
fn a_stage_says_whether_the_incident_may_cross_borders() {
    let mut i = StageInput {
        suspected_malicious: Some(false),
        cross_border_impact: Some(true),
        summary: Some("s".into()),
        ..StageInput::default()
    };
    assert_eq!(
        StageReport::parse(Stage::EarlyWarning, &i)
            .unwrap()
            .cross_border(),
        Some(true)
    );
    i.status_update = Some("u".into());
    assert_eq!(
        StageReport::parse(Stage::Intermediate, &i)
            .unwrap()
            .cross_border(),
        None
    );
}

// ---- the order of stages -----------------------------------------------------------------

/// The notification of the order table is submitted at 2026-03-04T09:00Z: the final report
/// first falls due at 2026-04-04T08:00Z (10:00 CET → 10:00 CEST).
const N_AT: &str = "2026-03-04T09:00:00Z";
const EW_AT: &str = "2026-03-02T12:00:00Z";
const BEFORE_DUE: &str = "2026-03-20T10:00:00Z";
const AFTER_DUE: &str = "2026-04-10T10:00:00Z";

#[test]
fn stages_are_accepted_only_in_order_and_once() {
    use Stage::*;
    let ew = (EarlyWarning, EW_AT);
    let n = (Notification, N_AT);
    let p = (Progress, "2026-04-04T07:00:00Z");
    let f = (Final, "2026-04-20T10:00:00Z");
    let open_request = IntermediateRequest {
        requested_at: utc(EW_AT),
        due_at: utc("2026-03-10T10:00:00Z"),
        answered_at: None,
    };
    let answered = IntermediateRequest {
        answered_at: Some(utc("2026-03-09T10:00:00Z")),
        ..open_request
    };
    // (submitted, handled at, requests, stage, now, Ok or a fragment of the refusal)
    type Row<'a> = (
        Vec<(Stage, &'a str)>,
        Option<&'a str>,
        Vec<IntermediateRequest>,
        Stage,
        &'a str,
        Result<(), &'a str>,
    );
    let rows: Vec<Row> = vec![
        (vec![], None, vec![], EarlyWarning, EW_AT, Ok(())),
        (
            vec![],
            None,
            vec![],
            Notification,
            EW_AT,
            Err("the early warning comes first"),
        ),
        (
            vec![ew],
            None,
            vec![],
            EarlyWarning,
            N_AT,
            Err("already submitted"),
        ),
        (vec![ew], None, vec![], Notification, N_AT, Ok(())),
        (
            vec![ew, n],
            None,
            vec![],
            Notification,
            N_AT,
            Err("already submitted"),
        ),
        (
            vec![ew],
            None,
            vec![],
            Final,
            N_AT,
            Err("notification comes first"),
        ),
        (
            vec![ew],
            None,
            vec![],
            Progress,
            N_AT,
            Err("notification comes first"),
        ),
        (
            vec![ew, n],
            None,
            vec![],
            Final,
            BEFORE_DUE,
            Err("mark the incident handled first"),
        ),
        (
            vec![ew, n],
            Some(BEFORE_DUE),
            vec![],
            Final,
            BEFORE_DUE,
            Ok(()),
        ),
        (
            vec![ew, n],
            Some(AFTER_DUE),
            vec![],
            Final,
            AFTER_DUE,
            Err("the progress report comes first"),
        ),
        (
            vec![ew, n, p],
            Some(AFTER_DUE),
            vec![],
            Final,
            AFTER_DUE,
            Ok(()),
        ),
        (vec![ew, n], None, vec![], Progress, BEFORE_DUE, Ok(())),
        (vec![ew, n], None, vec![], Progress, AFTER_DUE, Ok(())),
        (
            vec![ew, n],
            Some(BEFORE_DUE),
            vec![],
            Progress,
            AFTER_DUE,
            Err("handled before the final report fell due"),
        ),
        (
            vec![ew, n, p],
            None,
            vec![],
            Progress,
            AFTER_DUE,
            Err("already submitted"),
        ),
        (
            vec![ew, n, f],
            Some(BEFORE_DUE),
            vec![],
            Final,
            AFTER_DUE,
            Err("already submitted"),
        ),
        (
            vec![ew, n, f],
            Some(BEFORE_DUE),
            vec![],
            Progress,
            AFTER_DUE,
            Err("final report is already in"),
        ),
        (
            vec![ew],
            None,
            vec![],
            Intermediate,
            N_AT,
            Err("no intermediate report is requested"),
        ),
        (
            vec![ew],
            None,
            vec![open_request],
            Intermediate,
            N_AT,
            Ok(()),
        ),
        (
            vec![ew],
            None,
            vec![answered],
            Intermediate,
            N_AT,
            Err("no intermediate report is requested"),
        ),
    ];
    for (i, (subs, handled, requests, stage, now, expected)) in rows.into_iter().enumerate() {
        let mut c = with(&subs);
        c.handled_at = handled.map(utc);
        c.intermediate_requests = requests;
        let got = check_submission(&c, stage, utc(now));
        match (got, expected) {
            (Ok(()), Ok(())) => {}
            (Err(e), Err(fragment)) => {
                assert!(
                    matches!(e, IncidentError::OutOfOrder { .. }),
                    "row {i}: {e:?}"
                );
                assert_eq!(e.field(), Some("stage"));
                assert!(e.to_string().contains(fragment), "row {i}: {e}");
            }
            (got, expected) => panic!("row {i} ({stage:?}): got {got:?}, expected {expected:?}"),
        }
    }
}

#[test]
fn nothing_is_submitted_on_a_closed_case() {
    let mut c = with(&[(Stage::EarlyWarning, EW_AT)]);
    c.status = CaseStatus::Closed;
    assert_eq!(
        check_submission(&c, Stage::Notification, utc(N_AT)),
        Err(IncidentError::CaseClosed)
    );
}

#[test]
fn the_final_report_waits_for_a_mandatory_referral() {
    let mut c = with(&[(Stage::EarlyWarning, EW_AT), (Stage::Notification, N_AT)]);
    c.handled_at = Some(utc(BEFORE_DUE));
    c.ransom = RansomStatus {
        demand_recorded: true,
        referral_recorded: false,
        referral_mandatory: true,
    };
    let e = check_submission(&c, Stage::Final, utc(BEFORE_DUE)).unwrap_err();
    assert!(matches!(
        e,
        IncidentError::ReferralRequired {
            action: GuardedAction::FinalReport,
            ..
        }
    ));
    assert!(
        e.to_string()
            .contains("before the final report is submitted"),
        "{e}"
    );
    // The other stages are not held up.
    assert!(check_submission(&c, Stage::Progress, utc(AFTER_DUE)).is_err()); // handled in time
    c.ransom.referral_recorded = true;
    assert_eq!(check_submission(&c, Stage::Final, utc(BEFORE_DUE)), Ok(()));
}

// ---- the clocks, one table per rule ------------------------------------------------------

fn clock_of(c: &IncidentCase, now: &str, stage: Stage) -> Clock {
    clocks(c, utc(now))
        .unwrap()
        .into_iter()
        .find(|k| k.stage == stage)
        .unwrap()
}

#[test]
fn the_early_warning_is_due_24_hours_after_awareness() {
    let due = utc(AWARE) + EARLY_WARNING_WITHIN;
    assert_eq!(due, utc("2026-03-03T09:15:00Z"));
    // (submitted at, now, state, time left, late by)
    type Row<'a> = (
        Option<&'a str>,
        &'a str,
        ClockState,
        Option<Duration>,
        Option<Duration>,
    );
    let rows: &[Row] = &[
        (
            None,
            "2026-03-02T10:15:00Z",
            ClockState::Due,
            Some(h(23)),
            None,
        ),
        (
            None,
            "2026-03-03T09:15:00Z",
            ClockState::Due,
            Some(h(0)),
            None,
        ),
        (
            None,
            "2026-03-03T12:15:00Z",
            ClockState::Overdue,
            None,
            Some(h(3)),
        ),
        (
            Some("2026-03-03T09:15:00Z"),
            "2026-03-05T00:00:00Z",
            ClockState::Met,
            None,
            None,
        ),
        (
            Some("2026-03-03T11:15:00Z"),
            "2026-03-05T00:00:00Z",
            ClockState::MetLate,
            None,
            Some(h(2)),
        ),
    ];
    for (at, now, state, left, late) in rows {
        let c = match at {
            Some(at) => with(&[(Stage::EarlyWarning, at)]),
            None => case(),
        };
        let k = clock_of(&c, now, Stage::EarlyWarning);
        assert_eq!(k.due_at, Some(due));
        assert_eq!(
            (k.status.state, k.status.time_left, k.status.late_by),
            (*state, *left, *late),
            "{at:?} at {now}"
        );
    }
}

#[test]
fn the_notification_is_due_72_hours_after_awareness_in_exact_hours() {
    // Awareness at 01:30 CET on 29 March 2026, the night summer time starts in Berlin.
    let mut c = case();
    c.started_at = utc("2026-03-29T00:00:00Z");
    c.aware_at = utc("2026-03-29T00:30:00Z");
    let rows = [
        // 24 h later is 02:30 CEST the next day (the day had 23 hours), per the reference.
        (Stage::EarlyWarning, "2026-03-30T00:30:00Z"),
        (Stage::Notification, "2026-04-01T00:30:00Z"),
    ];
    for (stage, due) in rows {
        assert_eq!(
            clock_of(&c, "2026-03-29T01:00:00Z", stage).due_at,
            Some(utc(due)),
            "{stage:?}"
        );
    }
    assert_eq!(
        c.aware_at + NOTIFICATION_WITHIN,
        utc("2026-04-01T00:30:00Z")
    );
    let met = with(&[
        (Stage::EarlyWarning, EW_AT),
        (Stage::Notification, "2026-03-05T10:15:00Z"),
    ]);
    let k = clock_of(&met, "2026-03-06T00:00:00Z", Stage::Notification);
    assert_eq!(k.status.state, ClockState::MetLate);
    assert_eq!(k.status.late_by, Some(h(1)));
}

#[test]
fn the_final_report_is_due_one_calendar_month_after_the_notification_in_the_organisations_zone() {
    // (zone, notification submitted, handled, expected final due)
    let rows = [
        // 10:00 CET on 4 March → 10:00 CEST on 4 April.
        ("Europe/Berlin", N_AT, BEFORE_DUE, "2026-04-04T08:00:00Z"),
        // 31 January → 28 February (clamped), the wall time kept.
        (
            "Europe/Berlin",
            "2026-01-31T10:00:00Z",
            "2026-02-01T10:00:00Z",
            "2026-02-28T10:00:00Z",
        ),
        // The same instant in Madrid is 31 Jan 00:30, in the Canaries still 30 Jan 23:30: the
        // organisation's own zone decides the day.
        (
            "Europe/Madrid",
            "2026-01-30T23:30:00Z",
            "2026-02-01T10:00:00Z",
            "2026-02-27T23:30:00Z",
        ),
        (
            "Atlantic/Canary",
            "2026-01-30T23:30:00Z",
            "2026-02-01T10:00:00Z",
            "2026-02-28T23:30:00Z",
        ),
        // 02:30 on 28 Feb in Paris → 02:30 on 28 Mar 2027 does not exist → 03:30 CEST.
        (
            "Europe/Paris",
            "2027-02-28T01:30:00Z",
            "2027-03-01T10:00:00Z",
            "2027-03-28T01:30:00Z",
        ),
        // 02:30 CEST on 25 Sep → 02:30 on 25 Oct happens twice → the earlier instant.
        (
            "Europe/Berlin",
            "2026-09-25T00:30:00Z",
            "2026-09-26T10:00:00Z",
            "2026-10-25T00:30:00Z",
        ),
    ];
    for (z, n_at, handled, due) in rows {
        let mut c = with(&[(Stage::EarlyWarning, n_at), (Stage::Notification, n_at)]);
        c.zone = zone(z);
        c.handled_at = Some(utc(handled));
        let all = clocks(&c, utc(handled)).unwrap();
        let f = all.iter().find(|k| k.stage == Stage::Final).unwrap();
        assert_eq!(f.due_at, Some(utc(due)), "{z} {n_at}");
        assert_eq!(f.status.state, ClockState::Due);
        assert!(
            all.iter().all(|k| k.stage != Stage::Progress),
            "handled in time: no progress report"
        );
    }
}

#[test]
fn before_the_notification_the_final_report_clock_has_not_started() {
    let c = with(&[(Stage::EarlyWarning, EW_AT)]);
    let all = clocks(&c, utc(EW_AT)).unwrap();
    let stages: Vec<Stage> = all.iter().map(|k| k.stage).collect();
    assert_eq!(
        stages,
        vec![Stage::EarlyWarning, Stage::Notification, Stage::Final]
    );
    let f = &all[2];
    assert_eq!((f.due_at, f.status.state), (None, ClockState::NotDueYet));
}

#[test]
fn an_incident_still_ongoing_owes_a_progress_report_then_and_the_final_report_a_month_after_handling()
 {
    let base = with(&[(Stage::EarlyWarning, EW_AT), (Stage::Notification, N_AT)]);
    let first_due = utc("2026-04-04T08:00:00Z");
    // (handled at, progress submitted at, now) → (progress state, final due, final state)
    type Row<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        &'a str,
        ClockState,
        Option<&'a str>,
        ClockState,
    );
    let rows: &[Row] = &[
        // Ongoing before the due time: the progress report is what is running.
        (
            None,
            None,
            BEFORE_DUE,
            ClockState::Due,
            None,
            ClockState::NotDueYet,
        ),
        // Ongoing past it: the progress report is overdue, the final report waits.
        (
            None,
            None,
            AFTER_DUE,
            ClockState::Overdue,
            None,
            ClockState::NotDueYet,
        ),
        (
            None,
            Some("2026-04-03T10:00:00Z"),
            AFTER_DUE,
            ClockState::Met,
            None,
            ClockState::NotDueYet,
        ),
        (
            None,
            Some("2026-04-05T08:00:00Z"),
            AFTER_DUE,
            ClockState::MetLate,
            None,
            ClockState::NotDueYet,
        ),
        // Handled at 12:00 CEST on 10 April → the final report at 12:00 CEST on 10 May.
        (
            Some(AFTER_DUE),
            Some("2026-04-03T10:00:00Z"),
            AFTER_DUE,
            ClockState::Met,
            Some("2026-05-10T10:00:00Z"),
            ClockState::Due,
        ),
        (
            Some(AFTER_DUE),
            Some("2026-04-03T10:00:00Z"),
            "2026-05-10T10:00:01Z",
            ClockState::Met,
            Some("2026-05-10T10:00:00Z"),
            ClockState::Overdue,
        ),
    ];
    for (handled, progress, now, p_state, f_due, f_state) in rows {
        let mut c = base.clone();
        c.handled_at = handled.map(utc);
        if let Some(p) = progress {
            c.submissions.push(submitted(Stage::Progress, utc(p)));
        }
        let p = clock_of(&c, now, Stage::Progress);
        assert_eq!(
            (p.due_at, p.status.state),
            (Some(first_due), *p_state),
            "{handled:?} {progress:?} {now}"
        );
        let f = clock_of(&c, now, Stage::Final);
        assert_eq!(
            (f.due_at, f.status.state),
            (f_due.map(utc), *f_state),
            "{handled:?} {progress:?} {now}"
        );
    }
}

#[test]
fn the_final_report_after_handling_counts_the_month_across_the_change_to_summer_time() {
    let mut c = with(&[
        (Stage::EarlyWarning, "2026-01-02T10:00:00Z"),
        (Stage::Notification, "2026-01-03T10:00:00Z"),
    ]);
    c.aware_at = utc("2026-01-02T09:00:00Z");
    c.started_at = c.aware_at;
    // First due 3 Feb 11:00 CET; handled on 10 March 10:00 CET (09:00Z) → 10 April 10:00 CEST.
    c.handled_at = Some(utc("2026-03-10T09:00:00Z"));
    let f = clock_of(&c, "2026-03-10T09:00:00Z", Stage::Final);
    assert_eq!(f.due_at, Some(utc("2026-04-10T08:00:00Z")));
}

#[test]
fn each_requested_intermediate_report_has_its_own_clock_at_the_authoritys_due_date() {
    let mut c = with(&[(Stage::EarlyWarning, EW_AT)]);
    c.intermediate_requests = vec![
        IntermediateRequest {
            requested_at: utc(EW_AT),
            due_at: utc("2026-03-05T12:00:00Z"),
            answered_at: Some(utc("2026-03-05T11:00:00Z")),
        },
        IntermediateRequest {
            requested_at: utc("2026-03-06T12:00:00Z"),
            due_at: utc("2026-03-07T12:00:00Z"),
            answered_at: None,
        },
    ];
    let all = clocks(&c, utc("2026-03-07T13:00:00Z")).unwrap();
    let inter: Vec<_> = all
        .iter()
        .filter(|k| k.stage == Stage::Intermediate)
        .collect();
    assert_eq!(inter.len(), 2);
    assert_eq!(
        (inter[0].request, inter[0].status.state),
        (Some(0), ClockState::Met)
    );
    assert_eq!(
        (inter[1].request, inter[1].status.state),
        (Some(1), ClockState::Overdue)
    );
    assert_eq!(inter[1].status.late_by, Some(h(1)));
}

#[test]
fn the_next_deadline_puts_overdue_clocks_first() {
    let c = case();
    // 30 hours after awareness: the early warning is overdue, the notification due.
    let all = clocks(&c, utc(AWARE) + h(30)).unwrap();
    let next = next_deadline(&all).unwrap();
    assert_eq!(
        (next.stage, next.status.state),
        (Stage::EarlyWarning, ClockState::Overdue)
    );
    let c = with(&[(Stage::EarlyWarning, EW_AT)]);
    let all = clocks(&c, utc(AWARE) + h(30)).unwrap();
    assert_eq!(next_deadline(&all).unwrap().stage, Stage::Notification);
}

#[test]
fn reminders_are_owed_six_hours_before_and_once_overdue_per_clock() {
    use ReminderKind::*;
    let ew = |kind| Reminder {
        stage: Stage::EarlyWarning,
        request: None,
        kind,
    };
    let c = case();
    // (hours after awareness, already sent, expected)
    let rows: Vec<(i64, Vec<Reminder>, Vec<Reminder>)> = vec![
        (17, vec![], vec![]),
        (18, vec![], vec![ew(AboutToExpire)]),
        (20, vec![ew(AboutToExpire)], vec![]),
        (25, vec![ew(AboutToExpire)], vec![ew(Overdue)]),
        (25, vec![ew(AboutToExpire), ew(Overdue)], vec![]),
        // 67 h: the early warning was chased already, the notification is 5 h from due.
        (
            67,
            vec![ew(AboutToExpire), ew(Overdue)],
            vec![Reminder {
                stage: Stage::Notification,
                request: None,
                kind: AboutToExpire,
            }],
        ),
    ];
    for (hours, sent, expected) in rows {
        assert_eq!(
            due_reminders(&c, utc(AWARE) + h(hours), &sent).unwrap(),
            expected,
            "{hours} h"
        );
    }
    let mut closed = case();
    closed.status = CaseStatus::Closed;
    assert!(
        due_reminders(&closed, utc(AWARE) + h(30), &[])
            .unwrap()
            .is_empty()
    );
    let met = with(&[(Stage::EarlyWarning, EW_AT)]);
    assert!(
        due_reminders(&met, utc(AWARE) + h(20), &[])
            .unwrap()
            .is_empty()
    );
}

// ---- the case's lifecycle ----------------------------------------------------------------

#[test]
fn the_incident_is_marked_handled_once_and_plausibly() {
    let c = case();
    let now = utc(BEFORE_DUE);
    assert_eq!(mark_handled(&c, now, now), Ok(now));
    let rows = [
        (now + h(1), "handledAt"),
        (c.started_at - h(1), "handledAt"),
    ];
    for (at, field) in rows {
        assert_eq!(mark_handled(&c, at, now).unwrap_err().field(), Some(field));
    }
    let mut done = case();
    done.handled_at = Some(now);
    assert_eq!(
        mark_handled(&done, now, now).unwrap_err().field(),
        Some("handledAt")
    );
}

#[test]
fn a_stage_is_acknowledged_once() {
    let c = with(&[(Stage::EarlyWarning, EW_AT)]);
    let s = c.submissions[0];
    let later = utc(EW_AT) + h(2);
    assert_eq!(acknowledge(&c, &s, later), Ok(later));
    let acked = Submission {
        acknowledged_at: Some(later),
        ..s
    };
    assert_eq!(
        acknowledge(&c, &acked, later + h(1)),
        Err(IncidentError::AlreadyAcknowledged(Stage::EarlyWarning))
    );
}

#[test]
fn an_intermediate_report_is_requested_with_a_future_due_date_one_at_a_time() {
    let now = utc(N_AT);
    let c = with(&[(Stage::EarlyWarning, EW_AT)]);
    let r = request_intermediate(&c, now + h(48), now).unwrap();
    assert_eq!(
        (r.requested_at, r.due_at, r.answered_at),
        (now, now + h(48), None)
    );
    assert_eq!(
        request_intermediate(&c, now, now).unwrap_err().field(),
        Some("dueAt")
    );
    assert_eq!(
        request_intermediate(&c, now + Duration::days(91), now)
            .unwrap_err()
            .field(),
        Some("dueAt")
    );
    let mut pending = c.clone();
    pending.intermediate_requests.push(r);
    let e = request_intermediate(&pending, now + h(72), now).unwrap_err();
    assert!(e.to_string().contains("still awaited"), "{e}");
    let finished = with(&[
        (Stage::EarlyWarning, EW_AT),
        (Stage::Notification, N_AT),
        (Stage::Final, BEFORE_DUE),
    ]);
    assert_eq!(
        request_intermediate(&finished, now + h(48), now)
            .unwrap_err()
            .field(),
        Some("dueAt")
    );
    let mut closed = c;
    closed.status = CaseStatus::Closed;
    assert_eq!(
        request_intermediate(&closed, now + h(48), now),
        Err(IncidentError::CaseClosed)
    );
}

#[test]
fn the_authority_closes_a_case_once_and_not_before_a_mandatory_referral() {
    let mut c = case();
    assert_eq!(close(&c), Ok(CaseStatus::Closed));
    c.ransom = RansomStatus {
        demand_recorded: true,
        referral_recorded: false,
        referral_mandatory: true,
    };
    let e = close(&c).unwrap_err();
    assert!(matches!(
        e,
        IncidentError::ReferralRequired {
            action: GuardedAction::Close,
            ..
        }
    ));
    assert!(e.to_string().contains("before the case is closed"), "{e}");
    c.ransom.referral_recorded = true;
    assert_eq!(close(&c), Ok(CaseStatus::Closed));
    c.status = CaseStatus::Closed;
    assert_eq!(
        close(&c),
        Err(IncidentError::InvalidTransition {
            from: CaseStatus::Closed,
            to: CaseStatus::Closed
        })
    );
}

#[test]
fn only_a_possibly_cross_border_case_is_shared_and_only_with_other_states() {
    let ms = |c: &str| MemberState::parse(c).unwrap();
    let mut c = case();
    assert_eq!(
        share(&c, &[ms("FR")], &[]).unwrap_err().field(),
        Some("memberStates")
    );
    c.cross_border = true;
    assert_eq!(
        share(&c, &[ms("PL"), ms("FR"), ms("FR")], &[]),
        Ok(vec![ms("FR"), ms("PL")])
    );
    assert_eq!(
        share(&c, &[ms("FR"), ms("AT")], &[ms("FR")]),
        Ok(vec![ms("AT")])
    );
    assert_eq!(
        share(&c, &[], &[]).unwrap_err().field(),
        Some("memberStates")
    );
    assert_eq!(
        share(&c, &[ms("DE")], &[]).unwrap_err().field(),
        Some("memberStates")
    );
}

#[test]
fn an_authority_sees_its_own_states_cases_and_those_shared_with_it_read_only() {
    let ms = |c: &str| MemberState::parse(c).unwrap();
    assert_eq!(
        authority_access(ms("DE"), ms("DE"), &[]),
        AuthorityAccess::Full
    );
    assert_eq!(
        authority_access(ms("FR"), ms("DE"), &[ms("FR")]),
        AuthorityAccess::ReadOnly
    );
    assert_eq!(
        authority_access(ms("PL"), ms("DE"), &[ms("FR")]),
        AuthorityAccess::None
    );
}
