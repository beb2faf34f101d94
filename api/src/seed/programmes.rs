//! Demo programmes: one open, funded programme per demo agency, and an issued voucher for the
//! French clinic.
use super::{SeedError, p};
use crate::store::Store;
use crate::store::audit::Actor;
use chrono::{DateTime, Utc};
use domain::member_state::MemberState;
use domain::organisation::{HealthcareType, Nis2Class};
use uuid::Uuid;

/// One open programme per demo agency, funded; the French clinic already holds a voucher, so
/// the vendor can redeem one right away and the German clinic can apply.
pub(super) async fn seed(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    de: MemberState,
    fr: MemberState,
    clinic_fr: Uuid,
    codes: crate::store::vouchers::CodeKeys<'_>,
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
                four_eyes: None,
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
        let programme = programmes::create(store, actor, now, ms, content).await?;
        let allocate = Movement {
            kind: EntryKind::Allocate,
            amount_minor: budget * 100,
            reference: p(domain::ledger::LedgerReference::parse(&format!(
                "Budget decision {year}"
            )))?,
            voucher_id: None,
            voucher_reference: None,
            idempotency_key: None,
        };
        p(ledger::post(store, actor, now, &programme, allocate)
            .await?
            .map_err(|r| format!("{r:?}")))?;
        let programme = programmes::get(store.db(), programme.id)
            .await?
            .ok_or_else(|| SeedError::Invalid("programme vanished".into()))?;
        let programme =
            programmes::transition(store, actor, now, &programme, ProgrammeStatus::Open)
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
    let app = applications::create(store, actor, now, clinic_fr, fr, fr_programme, &draft).await?;
    let app = p(
        applications::submit(store, actor, now, &app, fr_programme, Some(&snapshot))
            .await?
            .map_err(|r| format!("demo application refused: {r:?}")),
    )?;
    p(applications::approve(
        store,
        actor,
        now,
        &app,
        fr_programme,
        applications::Approval {
            amount_minor: 2_000_000,
            codes,
            key: None,
        },
    )
    .await?
    .map_err(|r| format!("demo approval refused: {r:?}")))?;
    Ok(())
}
