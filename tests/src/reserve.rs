//! Fixture builders for the EU Cybersecurity Reserve (`docs/reserve.md`): clinics of a NIS2
//! class, incident cases, trusted providers with capacity, and requests driven through the API
//! to a given stage.
use crate::{Account, TestApp};
use api::store::organisations::{self, NewOrganisation};
use chrono::{DateTime, Duration, Utc};
use domain::account::{Role, Scope};
use domain::calendar::TimeZoneName;
use domain::member_state::MemberState;
use domain::organisation::{
    HealthcareType, Nis2Class, OrganisationKind, OrganisationName, RegistrationId,
};
use domain::reserve::Quarter;
use domain::reserve::capacity::RESERVE_ZONE;
use serde_json::{Value, json};
use uuid::Uuid;

pub const REPORT_INCIDENT: &str =
    "mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }";
pub const CREATE: &str =
    "mutation($i: CreateReserveRequestInput!) { createReserveRequest(input: $i) { id status } }";
pub const SUBMIT: &str = "mutation($id: ID!) { submitReserveRequest(id: $id) { id status } }";
pub const ENDORSE: &str = "mutation($id: ID!, $s: IncidentSeverity!, $o: ReserveSpillOver!) { endorseReserveRequest(id: $id, severity: $s, spillOver: $o, note: \"Confirmed by the CSIRT.\") { id status } }";
pub const TRIAGE: &str = "mutation($id: ID!) { triageReserveRequest(id: $id) { id status } }";
pub const ASSIGN: &str = "mutation($id: ID!, $p: ID!) { assignReserveProvider(id: $id, providerId: $p) { id status providerId } }";
pub const RESPOND: &str = "mutation($id: ID!, $a: Boolean!) { respondToReserveAssignment(id: $id, accept: $a) { id status } }";
pub const REGISTER: &str =
    "mutation($i: RegisterReserveProviderInput!) { registerReserveProvider(input: $i) { id } }";
pub const PRECOMMIT: &str = "mutation($p: ID!, $q: String!, $d: Int!) { precommitReserveCapacity(providerId: $p, quarter: $q, days: $d) { id capacity { quarter precommitted responseFree } } }";

/// The quarter (ENISA's zone) containing `at`, e.g. `2026-Q4`.
pub fn quarter_of(at: DateTime<Utc>) -> String {
    let zone = TimeZoneName::parse(RESERVE_ZONE).unwrap();
    Quarter::containing(at, &zone).unwrap().to_string()
}

/// A request's content (Art. 15) needing `days` of triage, with `measures` of the checklist
/// ticked.
pub fn request_input(incident: Option<&str>, days: i64, measures: usize) -> Value {
    let all = [
        "ISOLATED_AFFECTED_SYSTEMS",
        "ACTIVATED_RESPONSE_PLAN",
        "NOTIFIED_CSIRT",
        "PRESERVED_EVIDENCE",
        "RESTORING_FROM_BACKUPS",
        "ENGAGED_OWN_RESPONDER",
    ];
    json!({
        "incidentId": incident,
        "potentialImpact": "Emergency admissions diverted, imaging unavailable.",
        "plannedUse": "Forensic triage of the PACS and containment of the ransomware.",
        "estimatedNeed": [{ "service": "TRIAGE", "days": days }],
        "measuresTaken": &all[..measures],
        "mitigationTaken": "Network segmented, VPN accounts reset, backups verified offline.",
        "otherSupport": { "incidentResponseContract": false, "cyberInsurance": true, "details": "Policy 42 with Example Insurance" },
        "language": "de",
    })
}

impl TestApp {
    /// A verified hospital of `ms` of NIS2 class `class`, and one of its users.
    pub async fn with_clinic_of_class(&self, ms: &str, class: Nis2Class) -> (Uuid, Account) {
        let system = api::store::audit::Actor {
            id: None,
            role: Some("TEST".into()),
            scope: Scope::Eu,
            request_id: "fixture".into(),
        };
        let org = organisations::create(
            &self.state.store,
            &system,
            self.state.clock.now(),
            NewOrganisation {
                kind: OrganisationKind::HealthcareProvider,
                name: OrganisationName::parse(&format!("Hospital {ms} {}", class.as_str()))
                    .unwrap(),
                member_state: MemberState::parse(ms).unwrap(),
                healthcare_type: Some(HealthcareType::Hospital),
                nis2_class: Some(class),
                registration_id: Some(
                    RegistrationId::parse(&format!(
                        "REG {}",
                        &Uuid::new_v4().simple().to_string()[..10]
                    ))
                    .unwrap(),
                ),
            },
        )
        .await
        .unwrap()
        .id;
        (org, self.with_account(Role::ProviderUser, Some(org)).await)
    }

    /// An incident case of `clinic` with these affected services; its id.
    pub async fn with_incident_affecting(&self, clinic: &Account, affected: &[&str]) -> String {
        let now = self.clock().now();
        let input = json!({
            "title": "Ransomware on the radiology PACS",
            "startedAt": (now - Duration::hours(4)).to_rfc3339(),
            "awareAt": (now - Duration::hours(2)).to_rfc3339(),
            "category": "RANSOMWARE",
            "affectedServices": affected,
            "suspectedMalicious": true,
            "crossBorder": false,
            "significanceCriteria": ["DIAGNOSTICS_OR_RECORDS_UNAVAILABLE"],
            "significanceAssessment": "Imaging unavailable for the whole hospital.",
        });
        let r = self
            .gql(clinic.token(), REPORT_INCIDENT, json!({ "i": input }))
            .await;
        r.ok()["reportIncident"]["id"].as_str().unwrap().to_owned()
    }

    /// An incident case of `clinic` with emergency care affected.
    pub async fn with_incident(&self, clinic: &Account) -> String {
        self.with_incident_affecting(clinic, &["EMERGENCY_CARE", "DIAGNOSTICS"])
            .await
    }

    /// A verified service provider of `ms` flagged by `enisa` as a trusted Reserve MSSP covering
    /// `covers` in `languages`, with `days` pre-committed for the current quarter.
    pub async fn with_reserve_provider(
        &self,
        enisa: &Account,
        ms: &str,
        covers: &[&str],
        languages: &[&str],
        days: i64,
    ) -> (Uuid, Account) {
        let (org, user) = self.with_vendor(ms).await;
        self.gql(
            enisa.token(),
            REGISTER,
            json!({ "i": { "organisationId": org, "memberStates": covers, "languages": languages } }),
        )
        .await
        .ok();
        if days > 0 {
            let q = quarter_of(self.clock().now());
            self.gql(
                enisa.token(),
                PRECOMMIT,
                json!({ "p": org, "q": q, "d": days }),
            )
            .await
            .ok();
        }
        (org, user)
    }

    /// A draft request of `clinic` linked to `incident`, needing `days`.
    pub async fn with_reserve_draft(&self, clinic: &Account, incident: &str, days: i64) -> String {
        let r = self
            .gql(
                clinic.token(),
                CREATE,
                json!({ "i": request_input(Some(incident), days, 3) }),
            )
            .await;
        r.ok()["createReserveRequest"]["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Submits and has `authority` endorse request `id` (HIGH severity, no spill-over).
    pub async fn with_endorsed(&self, clinic: &Account, authority: &Account, id: &str) {
        self.gql(clinic.token(), SUBMIT, json!({ "id": id }))
            .await
            .ok();
        self.gql(
            authority.token(),
            ENDORSE,
            json!({ "id": id, "s": "HIGH", "o": "NONE" }),
        )
        .await
        .ok();
    }

    /// A triaged request of `clinic` needing `days`.
    pub async fn with_triaged_request(
        &self,
        clinic: &Account,
        authority: &Account,
        enisa: &Account,
        incident: &str,
        days: i64,
    ) -> String {
        let id = self.with_reserve_draft(clinic, incident, days).await;
        self.with_endorsed(clinic, authority, &id).await;
        self.gql(enisa.token(), TRIAGE, json!({ "id": id }))
            .await
            .ok();
        id
    }
}
