//! Demo data of the EU Cybersecurity Reserve (`docs/reserve.md`): two trusted Reserve MSSPs
//! with pre-committed capacity this quarter (the demo vendor SecureCare, covering Germany and
//! Austria, and a French one), and one request of the German clinic at each stage, linked to
//! its demo incident case. Every step is written through the store with its audit row, after
//! the domain's decision, as the actions do.
use super::{SeedError, p};
use crate::store::Store;
use crate::store::accounts;
use crate::store::audit::Actor;
use crate::store::incidents;
use crate::store::organisations::{self, NewOrganisation};
use crate::store::reserve::{self as repo, NewRequest, ReserveRequest, StepChanges};
use crate::store::sealed::Keyring;
use chrono::{DateTime, Duration, Utc};
use domain::account::{Email, Scope};
use domain::calendar::TimeZoneName;
use domain::incident::Severity;
use domain::language::Language;
use domain::member_state::MemberState;
use domain::organisation::{Nis2Class, OrganisationKind, OrganisationName, RegistrationId};
use domain::reserve::capacity::RESERVE_ZONE;
use domain::reserve::{
    self as rules, CapacityEntryKind, Engagement, Impact, MitigationMeasure, OtherSupport, Pool,
    Quarter, RequestContent, RequestInput, RequestStatus, ServiceNeed, ServiceType, SpillOver,
};
use uuid::Uuid;

fn content(days: i64) -> Result<RequestContent, SeedError> {
    p(RequestContent::parse(RequestInput {
        potential_impact: "Imaging unavailable; emergency admissions diverted to a neighbouring hospital.".into(),
        planned_use: "Forensic triage of the PACS, containment of the ransomware and recovery of the imaging service.".into(),
        estimated_need: vec![
            ServiceNeed { service: ServiceType::Triage, days: 1 },
            ServiceNeed { service: ServiceType::Forensics, days: days - 1 },
        ],
        measures_taken: vec![
            MitigationMeasure::IsolatedAffectedSystems,
            MitigationMeasure::NotifiedCsirt,
            MitigationMeasure::PreservedEvidence,
        ],
        mitigation_taken: "PACS network segmented, VPN accounts reset, offline backups verified.".into(),
        other_support: OtherSupport {
            incident_response_contract: false,
            cyber_insurance: true,
            details: Some("Cyber policy with a retained incident-response panel (demo)".into()),
        },
    }))
}

async fn account_id(store: &Store, email: &str) -> Result<Uuid, SeedError> {
    Ok(
        accounts::find_by_email(store.db(), &p(Email::parse(email))?)
            .await?
            .ok_or_else(|| SeedError::Invalid(format!("{email} is missing")))?
            .id,
    )
}

fn changed() -> SeedError {
    SeedError::Invalid("a demo request changed meanwhile".into())
}

/// The two MSSPs, their capacity, and one request of the German clinic at each stage.
pub async fn seed(
    store: &Store,
    keys: &Keyring,
    now: DateTime<Utc>,
    clinic: Uuid,
    reporter: Uuid,
) -> Result<(), SeedError> {
    let actor = Actor::system("seed-demo");
    let de = p(MemberState::parse("DE"))?;
    let zone = p(TimeZoneName::parse(RESERVE_ZONE))?;
    let quarter = p(Quarter::containing(now, &zone))?;
    let vendor_user =
        accounts::find_by_email(store.db(), &p(Email::parse("vendor@cyberhealth.example"))?)
            .await?
            .ok_or_else(|| SeedError::Invalid("the demo vendor is missing".into()))?;
    let vendor_id = vendor_user
        .organisation_id
        .ok_or_else(|| SeedError::Invalid("the demo vendor has no organisation".into()))?;
    let french = organisations::create(
        store,
        &actor,
        now,
        NewOrganisation {
            kind: OrganisationKind::ServiceProvider,
            name: p(OrganisationName::parse("Bouclier Santé MSSP (démo)"))?,
            member_state: p(MemberState::parse("FR"))?,
            healthcare_type: None,
            nis2_class: None,
            registration_id: Some(p(RegistrationId::parse("SIRET 98765432100017"))?),
        },
    )
    .await?;
    let lang = |c: &str| p(Language::parse(c));
    let ms = |c: &str| p(MemberState::parse(c));
    for (id, states, languages, days) in [
        (
            vendor_id,
            vec![de, ms("AT")?],
            vec![lang("de")?, lang("en")?],
            60,
        ),
        (
            french.id,
            vec![ms("FR")?, ms("BE")?, ms("DE")?],
            vec![lang("fr")?, lang("en")?],
            40,
        ),
    ] {
        repo::save_provider(store, &actor, now, id, true, &states, &languages).await?;
        repo::move_quarter(
            store,
            &actor,
            now,
            id,
            quarter,
            CapacityEntryKind::Precommit,
            days,
        )
        .await?;
    }

    let scope = Scope::Organisation {
        id: clinic,
        member_state: de,
    };
    let newest = incidents::deadline_cases(store.db(), &scope, None)
        .await?
        .into_iter()
        .next()
        .map(|(id, _)| id)
        .ok_or_else(|| SeedError::Invalid("the demo incident is missing".into()))?;
    let case = incidents::find_many(store.db(), keys, &scope, &[newest])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| SeedError::Invalid("the demo incident is missing".into()))?;
    let authority = account_id(store, "csirt.de@cyberhealth.example").await?;
    let enisa = account_id(store, "enisa@cyberhealth.example").await?;
    let entity_type = organisations::get(store.db(), clinic)
        .await?
        .and_then(|o| o.nis2_class)
        .or(Some(Nis2Class::Important));

    let stages = [
        RequestStatus::Draft,
        RequestStatus::Submitted,
        RequestStatus::Endorsed,
        RequestStatus::Declined,
        RequestStatus::Triaged,
        RequestStatus::Assigned,
        RequestStatus::InDelivery,
        RequestStatus::Delivered,
        RequestStatus::Reported,
        RequestStatus::Closed,
        RequestStatus::Withdrawn,
    ];
    for (i, target) in stages.into_iter().enumerate() {
        // Older requests further along: each stage a little earlier than the next.
        let at = now - Duration::hours(2 * (stages.len() - i) as i64);
        let r = repo::create(
            store,
            &actor,
            at,
            NewRequest {
                organisation_id: clinic,
                member_state: de,
                incident_id: Some(case.id),
                zone: case.zone.clone(),
                content: content(4 + i as i64 % 3)?,
                language: Some(lang("de")?),
                entity_type,
                impact: Impact::assess(&case.report.affected_services, false),
                by: reporter,
            },
        )
        .await?;
        walk(
            store,
            &actor,
            at,
            r,
            target,
            Walkers {
                clinic: reporter,
                authority,
                enisa,
                vendor: vendor_id,
                vendor_user: vendor_user.id,
                quarter,
            },
        )
        .await?;
    }
    Ok(())
}

#[derive(Clone, Copy)]
struct Walkers {
    clinic: Uuid,
    authority: Uuid,
    enisa: Uuid,
    vendor: Uuid,
    vendor_user: Uuid,
    quarter: Quarter,
}

/// Moves a demo request through the steps to `target`.
async fn walk(
    store: &Store,
    actor: &Actor,
    at: DateTime<Utc>,
    mut r: ReserveRequest,
    target: RequestStatus,
    w: Walkers,
) -> Result<(), SeedError> {
    use RequestStatus::*;
    let path: &[RequestStatus] = match target {
        Draft => &[],
        Submitted => &[Submitted],
        Endorsed => &[Submitted, Endorsed],
        Declined => &[Submitted, Declined],
        Withdrawn => &[Submitted, Withdrawn],
        Triaged => &[Submitted, Endorsed, Triaged],
        Assigned => &[Submitted, Endorsed, Triaged, Assigned],
        InDelivery => &[Submitted, Endorsed, Triaged, Assigned, InDelivery],
        Delivered => &[
            Submitted, Endorsed, Triaged, Assigned, InDelivery, Delivered,
        ],
        Reported => &[
            Submitted, Endorsed, Triaged, Assigned, InDelivery, Delivered, Reported,
        ],
        Closed => &[
            Submitted, Endorsed, Triaged, Assigned, InDelivery, Delivered, Reported, Closed,
        ],
    };
    for (k, to) in path.iter().enumerate() {
        let t = at + Duration::minutes(10 * (k as i64 + 1));
        let step = |to, changes, by, action| {
            let r = r.clone();
            async move {
                repo::step(store, actor, t, &r, to, changes, by, action)
                    .await?
                    .ok_or_else(changed)
            }
        };
        r = match to {
            Submitted => {
                let c = StepChanges {
                    submitted_at: true,
                    ..Default::default()
                };
                step(
                    p(rules::submit(r.status))?,
                    c,
                    w.clinic,
                    "reserve.request_submit",
                )
                .await?
            }
            Endorsed => {
                let (s, e) = p(rules::endorse(
                    r.status,
                    Severity::High,
                    SpillOver::Possible,
                    Some("Confirmed by the CSIRT; PACS vendor used in other states."),
                ))?;
                let c = StepChanges {
                    endorsement: Some(e),
                    ..Default::default()
                };
                step(s, c, w.authority, "reserve.request_endorse").await?
            }
            Declined => {
                let (s, reason) = p(rules::decline(
                    r.status,
                    "The national CSIRT already supports the hospital on site.",
                ))?;
                let c = StepChanges {
                    decline_reason: Some(reason),
                    ..Default::default()
                };
                step(s, c, w.authority, "reserve.request_decline").await?
            }
            Withdrawn => {
                let s = p(rules::withdraw(r.status))?;
                step(
                    s,
                    StepChanges::default(),
                    w.clinic,
                    "reserve.request_withdraw",
                )
                .await?
            }
            Triaged => {
                let c = StepChanges {
                    triaged_at: true,
                    ..Default::default()
                };
                step(p(rules::triage(r.status))?, c, w.enisa, "reserve.triage").await?
            }
            Assigned => {
                p(rules::assign(r.status))?;
                repo::assign(
                    store,
                    actor,
                    t,
                    &r,
                    w.vendor,
                    w.quarter,
                    Pool::Response,
                    w.enisa,
                )
                .await?
                .map_err(|_| changed())?
            }
            InDelivery => {
                p(rules::respond(r.status, true))?;
                let e = r.engagement.clone().ok_or_else(changed)?;
                let r2 = repo::respond(store, actor, t, &r, &e, true, w.vendor_user)
                    .await?
                    .ok_or_else(changed)?;
                let e2 = r2.engagement.clone().ok_or_else(changed)?;
                p(Engagement::new(e2.reserved_days).log(r2.status, 2))?;
                repo::log_delivery(
                    store,
                    actor,
                    t,
                    &r2,
                    &e2,
                    2,
                    Some("Forensic images of the PACS servers taken.".into()),
                    w.vendor_user,
                )
                .await?
                .ok_or_else(changed)?
            }
            Delivered => {
                let e = r.engagement.clone().ok_or_else(changed)?;
                let engagement = Engagement {
                    reserved_days: e.reserved_days,
                    consumed_days: e.consumed_days,
                };
                let (_, unused) = p(rules::complete_delivery(r.status, engagement, t, t))?;
                repo::complete(
                    store,
                    actor,
                    t,
                    &r,
                    &e,
                    t,
                    rules::SUMMARY_REPORT_MONTHS_DEFAULT,
                    unused,
                    w.vendor_user,
                )
                .await?
                .ok_or_else(changed)?
            }
            Reported => {
                let (_, report) = p(rules::submit_report(
                    r.status,
                    "Forensic triage, containment and recovery of the PACS.",
                    "Imaging restored in four days; no data exfiltration found.",
                    "Segment the PACS network and keep offline backups tested monthly.",
                ))?;
                repo::report(store, actor, t, &r, &report, w.clinic)
                    .await?
                    .ok_or_else(changed)?
            }
            Closed => {
                let c = StepChanges {
                    closed_at: true,
                    ..Default::default()
                };
                step(p(rules::close(r.status))?, c, w.enisa, "reserve.close").await?
            }
            Draft => r,
        };
    }
    Ok(())
}
