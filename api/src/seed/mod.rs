//! Demo data for `make run`: one account per role, two agencies, clinics and a vendor, then each
//! capability's demo data from its own module. Refused in production. Idempotent: a second run
//! changes nothing. Demo data is a set-up step (like a migration): it writes through the store.
mod alerts;
mod catalogue;
mod directory;
pub mod incidents;
mod programmes;
pub mod reserve;

use crate::auth::password;
use crate::store::accounts::{self, NewAccount};
use crate::store::audit::Actor;
use crate::store::organisations::{self, NewOrganisation, Registration};
use crate::store::{Store, StoreError};
use chrono::{DateTime, Utc};
pub use directory::DEMO_HELPDESKS;
use domain::account::{Email, Role, Scope};
use domain::audit::{EU_CHAIN, member_state_chain};
use domain::member_state::MemberState;
use domain::organisation::{
    HealthcareType, Nis2Class, OrganisationKind, OrganisationName, RegistrationId,
};
use uuid::Uuid;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "Demo-Passw0rd!";

/// (e-mail, role, display name) of the demo accounts, as printed by `make run`.
pub const DEMO_ACCOUNTS: [(&str, &str, &str); 8] = [
    (
        "admin@cyberhealth.example",
        "PLATFORM_ADMIN",
        "Platform administrator",
    ),
    ("enisa@cyberhealth.example", "ENISA_STAFF", "ENISA analyst"),
    (
        "officer.de@cyberhealth.example",
        "AGENCY_OFFICER",
        "Agency officer, Germany",
    ),
    (
        "officer.fr@cyberhealth.example",
        "AGENCY_OFFICER",
        "Agency officer, France",
    ),
    (
        "clinic.de@cyberhealth.example",
        "PROVIDER_USER",
        "Klinikum Beispielstadt (DE)",
    ),
    (
        "clinic.fr@cyberhealth.example",
        "PROVIDER_USER",
        "Clinique Exemple (FR)",
    ),
    (
        "vendor@cyberhealth.example",
        "SERVICE_PROVIDER",
        "SecureCare MSSP",
    ),
    (
        "pending.de@cyberhealth.example",
        "PROVIDER_USER",
        "Praxisklinik Nord (DE, awaiting verification)",
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Invalid(String),
}

fn p<T, E: std::fmt::Display>(r: Result<T, E>) -> Result<T, SeedError> {
    r.map_err(|e| SeedError::Invalid(e.to_string()))
}

/// Returns `false` when the demo data was already there.
/// `codes`: the keys the demo voucher's code is stored under.
pub async fn seed_demo(
    store: &Store,
    now: DateTime<Utc>,
    codes: crate::store::vouchers::CodeKeys<'_>,
) -> Result<bool, SeedError> {
    let admin = p(Email::parse(DEMO_ACCOUNTS[0].0))?;
    if accounts::find_by_email(store.db(), &admin).await?.is_some() {
        return Ok(false);
    }
    let actor = Actor {
        id: None,
        role: Some("SYSTEM".into()),
        scope: Scope::Eu,
        request_id: "seed-demo".into(),
    };
    let hash = p(password::hash(DEMO_PASSWORD.to_owned()).await)?;
    let de = p(MemberState::parse("DE"))?;
    let fr = p(MemberState::parse("FR"))?;

    let org = |kind,
               name: &str,
               ms,
               ht: Option<HealthcareType>,
               nis2: Option<Nis2Class>,
               reg: Option<&str>|
     -> Result<NewOrganisation, SeedError> {
        Ok(NewOrganisation {
            kind,
            name: p(OrganisationName::parse(name))?,
            member_state: ms,
            healthcare_type: ht,
            nis2_class: nis2,
            registration_id: reg
                .map(RegistrationId::parse)
                .transpose()
                .map_err(|e| SeedError::Invalid(e.to_string()))?,
        })
    };
    let agency_de = organisations::create(
        store,
        &actor,
        now,
        org(
            OrganisationKind::Agency,
            "Cyber Health Voucher Agency Germany (demo)",
            de,
            None,
            None,
            None,
        )?,
    )
    .await?;
    let agency_fr = organisations::create(
        store,
        &actor,
        now,
        org(
            OrganisationKind::Agency,
            "Agence des chèques cyber-santé France (démo)",
            fr,
            None,
            None,
            None,
        )?,
    )
    .await?;
    let clinic_de = organisations::create(
        store,
        &actor,
        now,
        org(
            OrganisationKind::HealthcareProvider,
            "Klinikum Beispielstadt",
            de,
            Some(HealthcareType::Hospital),
            Some(Nis2Class::Important),
            Some("HRB 100200"),
        )?,
    )
    .await?;
    let clinic_fr = organisations::create(
        store,
        &actor,
        now,
        org(
            OrganisationKind::HealthcareProvider,
            "Clinique Exemple",
            fr,
            Some(HealthcareType::Clinic),
            Some(Nis2Class::Important),
            Some("SIRET 12345678900011"),
        )?,
    )
    .await?;
    let vendor = organisations::create(
        store,
        &actor,
        now,
        org(
            OrganisationKind::ServiceProvider,
            "SecureCare MSSP",
            de,
            None,
            None,
            Some("HRB 777001"),
        )?,
    )
    .await?;

    let orgs: [Option<Uuid>; 7] = [
        None,
        None,
        Some(agency_de.id),
        Some(agency_fr.id),
        Some(clinic_de.id),
        Some(clinic_fr.id),
        Some(vendor.id),
    ];
    for ((email, role, name), org_id) in DEMO_ACCOUNTS.iter().zip(orgs) {
        let role = p(Role::parse(role))?;
        let chain = match org_id {
            None => EU_CHAIN.to_owned(),
            Some(id) if id == agency_fr.id || id == clinic_fr.id => member_state_chain(fr),
            Some(_) => member_state_chain(de),
        };
        accounts::create(
            store,
            &actor,
            now,
            &chain,
            NewAccount {
                email: p(Email::parse(email))?,
                display_name: (*name).to_owned(),
                role,
                organisation_id: org_id,
                password_hash: Some(hash.clone()),
                oidc: None,
            },
        )
        .await?;
    }
    let hash_for_authorities = hash.clone();
    let (pending_email, _, pending_name) = DEMO_ACCOUNTS[7];
    organisations::register(
        store,
        &actor,
        now,
        Registration {
            name: p(OrganisationName::parse("Praxisklinik Nord"))?,
            member_state: de,
            healthcare_type: HealthcareType::Clinic,
            nis2_class: Nis2Class::NotInScope,
            registration_id: p(RegistrationId::parse("HRB 555123"))?,
            contact_name: pending_name.to_owned(),
            contact_email: p(Email::parse(pending_email))?,
            password_hash: hash,
            language: domain::email::MailLanguage::De,
        },
    )
    .await?;
    incidents::seed(store, &actor, now, &hash_for_authorities).await?;
    directory::seed(store, &actor, now, [&agency_de, &agency_fr]).await?;
    programmes::seed(store, &actor, now, de, fr, clinic_fr.id, codes).await?;
    alerts::seed(store, &actor, now, (clinic_de.id, de)).await?;
    catalogue::seed(
        store,
        &actor,
        now,
        (vendor.id, de),
        [clinic_de.id, clinic_fr.id],
    )
    .await?;
    Ok(true)
}
