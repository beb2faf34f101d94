//! Demo incidents: the NIS2 authorities of Germany and France with one officer each, the two
//! states' ransom rules (different on purpose; every other state stays `ENCOURAGED`), and a
//! demo case of the German clinic a few hours into its clocks.
use super::{SeedError, p};
use crate::store::Store;
use crate::store::accounts::{self, NewAccount};
use crate::store::audit::Actor;
use crate::store::incidents::{self, NewCase};
use crate::store::organisations::{self, NewOrganisation};
use crate::store::sealed::Keyring;
use chrono::{DateTime, Duration, Utc};
use domain::account::{Email, Role};
use domain::audit::member_state_chain;
use domain::calendar::member_state_zone;
use domain::incident::ransom::{RansomReporting, RansomRules};
use domain::incident::{
    AffectedService, Category, IncidentInput, NewIncident, SignificanceCriterion,
};
use domain::member_state::MemberState;
use domain::organisation::{OrganisationKind, OrganisationName};
use uuid::Uuid;

/// (e-mail, member state, display name) of the demo authority officers.
pub const AUTHORITY_ACCOUNTS: [(&str, &str, &str); 2] = [
    (
        "csirt.de@cyberhealth.example",
        "DE",
        "NIS2 authority officer, Germany",
    ),
    (
        "csirt.fr@cyberhealth.example",
        "FR",
        "NIS2 authority officer, France",
    ),
];

/// The demo authorities, their officers and the DE/FR ransom rules.
pub(super) async fn seed(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    password_hash: &str,
) -> Result<(), SeedError> {
    for (email, code, display) in AUTHORITY_ACCOUNTS {
        let ms = p(MemberState::parse(code))?;
        let name = match code {
            "DE" => "BSI – NIS2 reporting office (demo)",
            _ => "ANSSI / CERT Santé – NIS2 (démo)",
        };
        let org = organisations::create(
            store,
            actor,
            now,
            NewOrganisation {
                kind: OrganisationKind::Authority,
                name: p(OrganisationName::parse(name))?,
                member_state: ms,
                healthcare_type: None,
                nis2_class: None,
                registration_id: None,
            },
        )
        .await?;
        accounts::create(
            store,
            actor,
            now,
            &member_state_chain(ms),
            NewAccount {
                email: p(Email::parse(email))?,
                display_name: display.to_owned(),
                role: Role::AuthorityOfficer,
                organisation_id: Some(org.id),
                password_hash: Some(password_hash.to_owned()),
                oidc: None,
            },
        )
        .await?;
    }
    let de = p(RansomRules::parse(
        RansomReporting::Required,
        true,
        Some(24),
        "BKA / LKA Zentrale Ansprechstelle Cybercrime (ZAC) of the Land: +49 611 55-0 (demo)",
    ))?;
    let fr = p(RansomRules::parse(
        RansomReporting::Required,
        false,
        Some(72),
        "Police nationale / Gendarmerie: plainte dans les 72 h (LOPMI), cybermalveillance.gouv.fr (demo)",
    ))?;
    incidents::seed_rules(store.db(), now, p(MemberState::parse("DE"))?, &de).await?;
    incidents::seed_rules(store.db(), now, p(MemberState::parse("FR"))?, &fr).await?;
    Ok(())
}

/// A demo case of the German clinic: ransomware noticed three hours ago, no stage submitted yet
/// (its early warning is due in 21 hours). Needs the data keys: the assessment is sealed.
pub async fn seed_case(
    store: &Store,
    keys: &Keyring,
    now: DateTime<Utc>,
    clinic: Uuid,
    reporter: Uuid,
) -> Result<(), SeedError> {
    let de = p(MemberState::parse("DE"))?;
    let incident = p(NewIncident::parse(
        IncidentInput {
            title: "Ransomware on the radiology PACS".into(),
            started_at: now - Duration::hours(5),
            aware_at: now - Duration::hours(3),
            category: Category::Ransomware,
            affected_services: vec![AffectedService::Diagnostics, AffectedService::EmergencyCare],
            suspected_malicious: true,
            cross_border: false,
            significance_criteria: vec![
                SignificanceCriterion::DiagnosticsOrRecordsUnavailable,
                SignificanceCriterion::EmergencyCareDiverted,
            ],
            significance_assessment:
                "Imaging unavailable; emergency admissions diverted to a neighbouring hospital."
                    .into(),
        },
        now,
    ))?;
    let actor = Actor::system("seed-demo");
    incidents::create(
        store,
        keys,
        &actor,
        now,
        NewCase {
            organisation_id: clinic,
            member_state: de,
            zone: member_state_zone(de),
            incident,
            by: reporter,
        },
    )
    .await?;
    Ok(())
}
