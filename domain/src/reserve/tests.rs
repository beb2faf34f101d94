#![allow(clippy::unwrap_used)]
use super::*;
use crate::calendar::ClockState;
use RequestStatus::*;

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

const ALL: [RequestStatus; 11] = [
    Draft, Submitted, Endorsed, Declined, Triaged, Assigned, InDelivery, Delivered, Reported,
    Closed, Withdrawn,
];

type Step = fn(RequestStatus) -> Result<RequestStatus, ReserveError>;

/// Every step from every state: the allowed moves succeed with the expected target, every
/// other one is an invalid transition.
#[test]
fn each_step_moves_only_from_its_states_and_every_other_move_is_refused() {
    let steps: Vec<(&str, Step, &[RequestStatus], RequestStatus)> = vec![
        ("submit", submit, &[Draft], Submitted),
        (
            "endorse",
            |f| endorse(f, Severity::High, SpillOver::None, None).map(|x| x.0),
            &[Submitted],
            Endorsed,
        ),
        (
            "decline",
            |f| decline(f, "Not a significant incident").map(|x| x.0),
            &[Submitted],
            Declined,
        ),
        (
            "withdraw",
            withdraw,
            &[Draft, Submitted, Endorsed, Triaged],
            Withdrawn,
        ),
        ("triage", triage, &[Endorsed], Triaged),
        ("assign", assign, &[Triaged], Assigned),
        ("accept", |f| respond(f, true), &[Assigned], InDelivery),
        ("refuse", |f| respond(f, false), &[Assigned], Triaged),
        (
            "complete",
            |f| {
                complete_delivery(
                    f,
                    Engagement::new(5),
                    utc("2026-05-01T09:00:00Z"),
                    utc("2026-05-01T10:00:00Z"),
                )
                .map(|x| x.0)
            },
            &[InDelivery],
            Delivered,
        ),
        (
            "report",
            |f| {
                submit_report(
                    f,
                    "Forensics and recovery",
                    "Systems restored",
                    "Segment the PACS network",
                )
                .map(|x| x.0)
            },
            &[Delivered],
            Reported,
        ),
        ("close", close, &[Reported], Closed),
    ];
    for (name, f, allowed, to) in steps {
        for from in ALL {
            match f(from) {
                Ok(got) => {
                    assert!(
                        allowed.contains(&from),
                        "{name} from {from:?} should be refused"
                    );
                    assert_eq!(got, to, "{name} from {from:?}");
                }
                Err(e) => {
                    assert!(!allowed.contains(&from), "{name} from {from:?}: {e}");
                    assert_eq!(e, ReserveError::InvalidTransition { from, to }, "{name}");
                }
            }
        }
    }
}

#[test]
fn a_summary_report_before_delivery_is_an_invalid_transition() {
    for from in [Assigned, InDelivery] {
        assert_eq!(
            submit_report(
                from,
                "Forensics and recovery",
                "Systems restored",
                "Segment the network"
            ),
            Err(ReserveError::InvalidTransition { from, to: Reported })
        );
    }
    let e = submit_report(
        Delivered,
        "short",
        "Systems restored",
        "Segment the network",
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("serviceProvided"));
}

#[test]
fn declining_needs_a_reason_and_endorsing_keeps_the_authoritys_view() {
    assert_eq!(
        decline(Submitted, " no ").unwrap_err().field(),
        Some("reason")
    );
    let (_, e) = endorse(Submitted, Severity::Critical, SpillOver::Likely, Some("  ")).unwrap();
    assert_eq!(
        (e.severity, e.spill_over, e.note),
        (Severity::Critical, SpillOver::Likely, None)
    );
    assert_eq!(
        endorse(
            Submitted,
            Severity::Low,
            SpillOver::None,
            Some(&"x".repeat(2001))
        )
        .unwrap_err()
        .field(),
        Some("note")
    );
}

fn request() -> RequestInput {
    RequestInput {
        potential_impact: "Emergency department diverted, imaging down".into(),
        planned_use: "Forensic analysis and restoration of the PACS".into(),
        estimated_need: vec![
            ServiceNeed {
                service: ServiceType::Forensics,
                days: 5,
            },
            ServiceNeed {
                service: ServiceType::Recovery,
                days: 8,
            },
        ],
        measures_taken: vec![
            MitigationMeasure::IsolatedAffectedSystems,
            MitigationMeasure::NotifiedCsirt,
        ],
        mitigation_taken: "Isolated the imaging VLAN, notified the CSIRT".into(),
        other_support: OtherSupport {
            incident_response_contract: false,
            cyber_insurance: true,
            details: Some(" Insurer's hotline, no IR retainer ".into()),
        },
    }
}

#[test]
fn a_request_carries_what_article_15_asks_for() {
    let r = RequestContent::parse(request()).unwrap();
    assert_eq!(r.total_days(), 13);
    assert_eq!(r.kind(), RequestKind::Response);
    assert_eq!(
        r.other_support.details.as_deref(),
        Some("Insurer's hotline, no IR retainer")
    );
    let mut prep = request();
    prep.estimated_need = vec![ServiceNeed {
        service: ServiceType::Preparedness,
        days: 3,
    }];
    assert_eq!(
        RequestContent::parse(prep).unwrap().kind(),
        RequestKind::Preparedness
    );
}

#[test]
fn zero_negative_and_malformed_needs_are_refused_naming_the_field() {
    type Edit = fn(&mut RequestInput);
    let rows: &[(Edit, &str)] = &[
        (|r| r.estimated_need[1].days = 0, "estimatedNeed[1].days"),
        (|r| r.estimated_need[0].days = -3, "estimatedNeed[0].days"),
        (
            |r| r.estimated_need[0].days = MAX_DAYS_PER_SERVICE + 1,
            "estimatedNeed[0].days",
        ),
        (
            |r| r.estimated_need[1].service = ServiceType::Forensics,
            "estimatedNeed[1].service",
        ),
        (|r| r.estimated_need.clear(), "estimatedNeed"),
        (
            |r| r.estimated_need[1].service = ServiceType::Preparedness,
            "estimatedNeed",
        ),
        (|r| r.potential_impact = "bad".into(), "potentialImpact"),
        (|r| r.planned_use = " ".into(), "plannedUse"),
        (|r| r.mitigation_taken = "none".into(), "mitigationTaken"),
        (
            |r| r.measures_taken = vec![MitigationMeasure::NotifiedCsirt; 2],
            "measuresTaken",
        ),
        (
            |r| r.other_support.details = Some("x".repeat(2001)),
            "otherSupport.details",
        ),
    ];
    for (edit, field) in rows {
        let mut r = request();
        edit(&mut r);
        assert_eq!(RequestContent::parse(r).unwrap_err().field(), Some(*field));
    }
}

#[test]
fn a_response_request_is_linked_to_an_incident_of_the_same_organisation() {
    let (mine, other) = (1, 2);
    assert_eq!(
        check_incident_link(RequestKind::Response, &mine, Some(&mine)),
        Ok(())
    );
    for (kind, owner) in [
        (RequestKind::Response, None),
        (RequestKind::Response, Some(&other)),
        (RequestKind::Preparedness, Some(&other)),
    ] {
        assert_eq!(
            check_incident_link(kind, &mine, owner).unwrap_err().field(),
            Some("incidentId")
        );
    }
    assert_eq!(
        check_incident_link(RequestKind::Preparedness, &mine, None),
        Ok(())
    );
}

#[test]
fn the_delivery_log_never_goes_beyond_the_reserved_days() {
    let e = Engagement::new(13);
    let e = e.log(InDelivery, 10).unwrap();
    assert_eq!(e.remaining(), 3);
    assert_eq!(
        e.log(InDelivery, 4),
        Err(ReserveError::ExceedsReserved {
            reserved: 3,
            requested: 4
        })
    );
    assert_eq!(e.log(InDelivery, 4).unwrap_err().field(), Some("days"));
    assert_eq!(e.log(InDelivery, 0).unwrap_err().field(), Some("days"));
    assert!(matches!(
        e.log(Assigned, 1),
        Err(ReserveError::InvalidTransition { .. })
    ));
    let e = e.log(InDelivery, 3).unwrap();
    assert_eq!(e.remaining(), 0);
}

#[test]
fn completing_delivery_releases_the_unused_reserved_days() {
    let now = utc("2026-05-01T10:00:00Z");
    let e = Engagement::new(13).log(InDelivery, 9).unwrap();
    assert_eq!(
        complete_delivery(InDelivery, e, now, now),
        Ok((Delivered, 4))
    );
    assert_eq!(
        complete_delivery(InDelivery, e, now + chrono::Duration::minutes(1), now)
            .unwrap_err()
            .field(),
        Some("endedAt")
    );
}

#[test]
fn the_summary_report_is_due_months_after_the_support_ends_in_the_organisations_zone() {
    let berlin = TimeZoneName::parse("Europe/Berlin").unwrap();
    assert_eq!(SUMMARY_REPORT_MONTHS_DEFAULT, 3);
    // (delivery ended, months, due): 30 Nov 10:00 CET → 28 Feb 10:00 CET (clamped) with the
    // default; the proposal's one month → 30 Dec; across summer time in Berlin.
    let rows = [
        (
            "2026-11-30T09:00:00Z",
            SUMMARY_REPORT_MONTHS_DEFAULT,
            "2027-02-28T09:00:00Z",
        ),
        ("2026-11-30T09:00:00Z", 1, "2026-12-30T09:00:00Z"),
        ("2026-01-15T09:00:00Z", 3, "2026-04-15T08:00:00Z"),
    ];
    for (ended, months, due) in rows {
        assert_eq!(
            summary_report_due(utc(ended), &berlin, months),
            Ok(utc(due)),
            "{ended} + {months}"
        );
    }
    assert_eq!(
        summary_report_due(utc("2026-01-15T09:00:00Z"), &berlin, 0)
            .unwrap_err()
            .field(),
        Some("summaryReportMonths")
    );
    let summary = |reported: Option<&str>| SummaryReportClock {
        delivery_ended_at: Some(utc("2026-01-15T09:00:00Z")),
        reported_at: reported.map(utc),
        zone: berlin.clone(),
        months: 3,
    };
    let clock =
        |reported: Option<&str>, now: &str| summary(reported).status(utc(now)).unwrap().state;
    let not_started = SummaryReportClock {
        delivery_ended_at: None,
        ..summary(None)
    };
    assert_eq!(
        not_started
            .status(utc("2026-05-01T00:00:00Z"))
            .unwrap()
            .state,
        ClockState::NotDueYet
    );
    assert_eq!(
        not_started.reminder(utc("2026-05-01T00:00:00Z"), &[]),
        Ok(None)
    );
    assert_eq!(clock(None, "2026-04-15T08:00:00Z"), ClockState::Due);
    assert_eq!(clock(None, "2026-04-15T08:00:01Z"), ClockState::Overdue);
    assert_eq!(
        clock(Some("2026-04-01T00:00:00Z"), "2026-05-01T00:00:00Z"),
        ClockState::Met
    );
    assert_eq!(
        clock(Some("2026-04-16T00:00:00Z"), "2026-05-01T00:00:00Z"),
        ClockState::MetLate
    );
    let remind = |now: &str, sent: &[ReminderKind]| summary(None).reminder(utc(now), sent).unwrap();
    assert_eq!(remind("2026-04-15T01:00:00Z", &[]), None);
    assert_eq!(
        remind("2026-04-15T02:00:00Z", &[]),
        Some(ReminderKind::AboutToExpire)
    );
    assert_eq!(
        remind("2026-04-16T00:00:00Z", &[ReminderKind::AboutToExpire]),
        Some(ReminderKind::Overdue)
    );
    assert_eq!(
        remind(
            "2026-04-16T00:00:00Z",
            &[ReminderKind::AboutToExpire, ReminderKind::Overdue]
        ),
        None
    );
}
