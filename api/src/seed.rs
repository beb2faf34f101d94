//! Demo data for `make run`: one account per role, two agencies, clinics and a vendor. Refused
//! in production. Idempotent: a second run changes nothing.
use crate::auth::password;
use crate::store::accounts::{self, NewAccount};
use crate::store::audit::Actor;
use crate::store::organisations::{self, NewOrganisation, Registration};
use crate::store::{Store, StoreError};
use domain::account::{Email, Role, Scope};
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
pub async fn seed_demo(store: &Store) -> Result<bool, SeedError> {
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
            None => "EU".to_owned(),
            Some(id) if id == agency_fr.id || id == clinic_fr.id => "MS:FR".to_owned(),
            Some(_) => "MS:DE".to_owned(),
        };
        accounts::create(
            store,
            &actor,
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
    let (pending_email, _, pending_name) = DEMO_ACCOUNTS[7];
    organisations::register(
        store,
        &actor,
        Registration {
            name: p(OrganisationName::parse("Praxisklinik Nord"))?,
            member_state: de,
            healthcare_type: HealthcareType::Clinic,
            nis2_class: Nis2Class::NotInScope,
            registration_id: p(RegistrationId::parse("HRB 555123"))?,
            contact_name: pending_name.to_owned(),
            contact_email: p(Email::parse(pending_email))?,
            password_hash: hash,
        },
    )
    .await?;
    for (agency, (email, phone, url)) in [
        (&agency_de, DEMO_HELPDESKS[0]),
        (&agency_fr, DEMO_HELPDESKS[1]),
    ] {
        let contact = p(domain::directory::HelpdeskContact::parse(
            Some(email),
            Some(phone),
            Some(url),
        ))?;
        crate::store::directory::set_helpdesk(store, &actor, agency, &contact).await?;
    }
    seed_programmes(store, &actor, de, fr, clinic_fr.id).await?;
    Ok(true)
}

/// The demo agencies' helpdesks (e-mail, telephone, web address): Germany, then France.
pub const DEMO_HELPDESKS: [(&str, &str, &str); 2] = [
    (
        "helpdesk@cyberhealth-de.example",
        "+49 30 5550 1000",
        "https://cyberhealth-de.example/helpdesk",
    ),
    (
        "assistance@cybersante-fr.example",
        "+33 1 55 50 20 00",
        "https://cybersante-fr.example/assistance",
    ),
];

/// One open programme per demo agency, funded; the French clinic already holds a voucher, so
/// the vendor can redeem one right away and the German clinic can apply.
async fn seed_programmes(
    store: &Store,
    actor: &Actor,
    de: MemberState,
    fr: MemberState,
    clinic_fr: Uuid,
) -> Result<(), SeedError> {
    use crate::store::applications::{self, Draft};
    use crate::store::ledger::{self, Movement};
    use crate::store::programmes::{self, ProgrammeContent};
    use domain::application::PlannedService;
    use domain::ledger::EntryKind;
    use domain::money::{Currency, Money};
    use domain::programme::{
        ProgrammeCode, ProgrammeRules, ProgrammeStatus, RulesInput, parse_texts,
    };
    use domain::sme::Category;
    use rust_decimal::Decimal;

    let now = chrono::Utc::now();
    let year = chrono::Datelike::year(&now) + 1;
    let rules = |ms, aid: i64, pre: Option<i64>| {
        p(ProgrammeRules::parse(
            ms,
            RulesInput {
                currency: "EUR".into(),
                min_voucher: Decimal::from(5_000),
                max_voucher: Decimal::from(60_000),
                aid_intensity: Decimal::from(aid),
                prefinancing: pre.map(Decimal::from),
                sme_categories: vec![Category::Micro, Category::Small, Category::Medium],
                healthcare_types: vec![
                    HealthcareType::Hospital,
                    HealthcareType::Clinic,
                    HealthcareType::PrimaryCare,
                    HealthcareType::Laboratory,
                ],
                nis2_classes: vec![
                    Nis2Class::Essential,
                    Nis2Class::Important,
                    Nis2Class::NotInScope,
                ],
                service_categories: domain::programme::STANDARD_SERVICE_CATEGORIES
                    .iter()
                    .map(|s| (*s).to_owned())
                    .collect(),
                opens_at: now - chrono::Duration::days(7),
                closes_at: now + chrono::Duration::days(180),
                cutoffs: vec![
                    now + chrono::Duration::days(60),
                    now + chrono::Duration::days(120),
                ],
                validity_days: 365,
                de_minimis: true,
            },
        ))
    };
    let text = |items: &[(&str, &str)]| {
        p(parse_texts(
            "names",
            &items
                .iter()
                .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
                .collect::<Vec<_>>(),
            true,
            500,
        ))
    };
    let mut open = Vec::new();
    for (ms, code, names, descriptions, aid, pre, budget) in [
        (
            de,
            format!("DE-KH-CYBER-{year}"),
            text(&[
                ("en", "Hospital cybersecurity vouchers"),
                ("de", "Cybersicherheits-Gutscheine für Krankenhäuser"),
            ])?,
            text(&[
                (
                    "en",
                    "Half of the cost of risk assessments, penetration tests, training and more, for small and medium-sized hospitals and clinics.",
                ),
                (
                    "de",
                    "Die Hälfte der Kosten für Risikoanalysen, Penetrationstests, Schulungen und mehr, für kleine und mittlere Krankenhäuser und Kliniken.",
                ),
            ])?,
            50,
            Some(20),
            2_000_000i64,
        ),
        (
            fr,
            format!("FR-CYBER-SANTE-{year}"),
            text(&[
                ("en", "Cyber-health vouchers"),
                ("fr", "Chèques cyber-santé"),
            ])?,
            text(&[
                (
                    "en",
                    "80% of the cost of cybersecurity services for small healthcare providers.",
                ),
                (
                    "fr",
                    "80 % du coût des services de cybersécurité pour les petits établissements de santé.",
                ),
            ])?,
            80,
            None,
            1_500_000i64,
        ),
    ] {
        let content = ProgrammeContent {
            code: p(ProgrammeCode::parse(&code))?,
            names,
            descriptions,
            rules: rules(ms, aid, pre)?,
        };
        let programme = programmes::create(store, actor, ms, content).await?;
        let allocate = Movement {
            kind: EntryKind::Allocate,
            amount_minor: budget * 100,
            reference: format!("Budget decision {year}"),
            voucher_id: None,
            idempotency_key: None,
        };
        p(ledger::post(store, actor, &programme, allocate)
            .await?
            .map_err(|r| format!("{r:?}")))?;
        let programme = programmes::get(store.db(), programme.id)
            .await?
            .ok_or_else(|| SeedError::Invalid("programme vanished".into()))?;
        let programme = programmes::transition(store, actor, &programme, ProgrammeStatus::Open)
            .await?
            .ok_or_else(|| SeedError::Invalid("programme did not open".into()))?;
        open.push(programme);
    }

    // Clinique Exemple's voucher in the French programme.
    let fr_programme = &open[1];
    let sme_input = serde_json::json!({
        "applicant": "clinic",
        "enterprises": [{ "id": "clinic", "name": "Clinique Exemple", "kind": "ENTERPRISE",
            "periods": [{ "label": "2025", "staff": "42", "annualTurnover": "6100000", "balanceSheetTotal": "4800000" }] }],
        "holdings": []
    });
    let engine_input: domain::sme::SmeAssessmentInput = p(serde_json::from_value(
        serde_json::json!({
            "applicant": "clinic",
            "enterprises": [{ "id": "clinic", "name": "Clinique Exemple", "kind": "enterprise",
                "periods": [{ "label": "2025", "staff": "42", "annualTurnover": "6100000", "balanceSheetTotal": "4800000" }] }]
        }),
    ))?;
    let snapshot = p(domain::sme::assess(&engine_input))?;
    let eur = |x: i64| p(Money::new(Decimal::from(x), Currency::EUR));
    let draft = Draft {
        requested_minor: 2_000_000,
        services: vec![
            p(PlannedService::parse(
                0,
                "RISK_ASSESSMENT",
                "Risk assessment of the patient records system",
                eur(10_000)?,
            ))?,
            p(PlannedService::parse(
                1,
                "SECURITY_TRAINING",
                "Phishing awareness training for all staff",
                eur(15_000)?,
            ))?,
        ],
        sme_input: Some(sme_input),
        de_minimis_declared_eur_minor: 0,
        service_provider_id: None,
    };
    let app =
        applications::create(store, actor, clinic_fr, fr.code(), fr_programme, &draft).await?;
    let app = p(applications::submit(
        store,
        actor,
        &app,
        fr_programme,
        Some(&snapshot),
        chrono::Utc::now(),
    )
    .await?
    .map_err(|r| format!("demo application refused: {r:?}")))?;
    p(
        applications::approve(store, actor, &app, fr_programme, 2_000_000)
            .await?
            .map_err(|r| format!("demo approval refused: {r:?}")),
    )?;
    Ok(())
}
