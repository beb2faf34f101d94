//! Fixture builders: organisations and accounts created straight in the store (like seed
//! data), with tokens issued exactly as `login` issues them.
use crate::TestApp;
use api::store::accounts::{self, NewAccount};
use api::store::audit::Actor;
use api::store::organisations::{self, NewOrganisation};
use domain::account::{Email, Role, Scope};
use domain::member_state::MemberState;
use domain::organisation::{
    HealthcareType, Nis2Class, OrganisationKind, OrganisationName, RegistrationId,
};
use tokio::sync::OnceCell;
use uuid::Uuid;

pub const FIXTURE_PASSWORD: &str = "fixture-password-123";

static HASH: OnceCell<String> = OnceCell::const_new();

async fn password_hash() -> String {
    HASH.get_or_init(|| async {
        api::auth::password::hash(FIXTURE_PASSWORD.into())
            .await
            .unwrap()
    })
    .await
    .clone()
}

/// An account a test acts as.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: Uuid,
    pub email: String,
    pub role: Role,
    pub organisation: Option<Uuid>,
    pub token: String,
}

impl Account {
    pub fn token(&self) -> Option<&str> {
        Some(&self.token)
    }
}

fn system() -> Actor {
    Actor {
        id: None,
        role: Some("TEST".into()),
        scope: Scope::Eu,
        request_id: "fixture".into(),
    }
}

impl TestApp {
    pub async fn with_organisation(&self, kind: OrganisationKind, ms: &str, name: &str) -> Uuid {
        let healthcare = kind == OrganisationKind::HealthcareProvider;
        let org = organisations::create(
            &self.state.store,
            &system(),
            self.state.clock.now(),
            NewOrganisation {
                kind,
                name: OrganisationName::parse(name).unwrap(),
                member_state: MemberState::parse(ms).unwrap(),
                healthcare_type: healthcare.then_some(HealthcareType::Hospital),
                nis2_class: healthcare.then_some(Nis2Class::Important),
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
        .unwrap();
        org.id
    }

    pub async fn with_account(&self, role: Role, organisation: Option<Uuid>) -> Account {
        let email = format!(
            "{}-{}@test.example",
            role.as_str().to_lowercase(),
            Uuid::new_v4().simple()
        );
        let chain = "EU";
        let acc = accounts::create(
            &self.state.store,
            &system(),
            self.state.clock.now(),
            chain,
            NewAccount {
                email: Email::parse(&email).unwrap(),
                display_name: format!("Test {}", role.as_str()),
                role,
                organisation_id: organisation,
                password_hash: Some(password_hash().await),
                oidc: None,
            },
        )
        .await
        .unwrap();
        let org = match organisation {
            None => None,
            Some(id) => {
                let o = organisations::find(self.state.store.db(), &Scope::Eu, id)
                    .await
                    .unwrap()
                    .unwrap();
                Some((id, o.member_state))
            }
        };
        let (token, _) = self.state.tokens.issue(acc.id, role, org, 0).unwrap();
        Account {
            id: acc.id,
            email,
            role,
            organisation,
            token,
        }
    }

    /// An agency of `ms` and one of its officers.
    pub async fn with_agency(&self, ms: &str) -> (Uuid, Account) {
        let org = self
            .with_organisation(OrganisationKind::Agency, ms, &format!("Agency {ms}"))
            .await;
        (org, self.with_account(Role::AgencyOfficer, Some(org)).await)
    }

    /// A verified healthcare organisation of `ms` and one of its users.
    pub async fn with_clinic(&self, ms: &str) -> (Uuid, Account) {
        let org = self
            .with_organisation(
                OrganisationKind::HealthcareProvider,
                ms,
                &format!("Clinic {ms}"),
            )
            .await;
        (org, self.with_account(Role::ProviderUser, Some(org)).await)
    }

    /// A service provider of `ms` and one of its users.
    pub async fn with_vendor(&self, ms: &str) -> (Uuid, Account) {
        let org = self
            .with_organisation(
                OrganisationKind::ServiceProvider,
                ms,
                &format!("Vendor {ms}"),
            )
            .await;
        (
            org,
            self.with_account(Role::ServiceProvider, Some(org)).await,
        )
    }

    /// The NIS2 authority of `ms` and one of its officers.
    pub async fn with_authority(&self, ms: &str) -> (Uuid, Account) {
        let org = self
            .with_organisation(OrganisationKind::Authority, ms, &format!("Authority {ms}"))
            .await;
        (
            org,
            self.with_account(Role::AuthorityOfficer, Some(org)).await,
        )
    }

    /// A clinic that registers itself over the API (`registerOrganisation`: pending until its
    /// agency verifies it) and logs in as its first account; with the input it registered.
    pub async fn with_self_registered_clinic(&self, ms: &str) -> (Account, serde_json::Value) {
        let input = registration_input(ms);
        (self.register_and_log_in(&input).await, input)
    }

    /// Registers `input` (the answer says nothing of the account: issue #14) and logs in as
    /// its account, reading its ids from `me`.
    pub async fn register_and_log_in(&self, input: &serde_json::Value) -> Account {
        let r = self
            .gql(
                None,
                "mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { received } }",
                serde_json::json!({ "i": input }),
            )
            .await;
        assert_eq!(r.ok()["registerOrganisation"]["received"], true);
        let login = self
            .gql(
                None,
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
                serde_json::json!({ "e": input["contactEmail"], "p": input["password"] }),
            )
            .await;
        let token = login.ok()["login"]["token"].as_str().unwrap().to_owned();
        let me = self
            .gql(
                Some(&token),
                "{ me { id organisation { id } } }",
                serde_json::json!({}),
            )
            .await;
        let me = &me.ok()["me"];
        let id = |v: &serde_json::Value| Uuid::parse_str(v.as_str().unwrap()).unwrap();
        Account {
            id: id(&me["id"]),
            email: input["contactEmail"].as_str().unwrap().to_owned(),
            role: Role::ProviderUser,
            organisation: Some(id(&me["organisation"]["id"])),
            token,
        }
    }

    /// Another officer of the agency `agency`.
    pub async fn with_officer(&self, agency: Uuid) -> Account {
        self.with_account(Role::AgencyOfficer, Some(agency)).await
    }

    pub async fn with_admin(&self) -> Account {
        self.with_account(Role::PlatformAdmin, None).await
    }

    pub async fn with_enisa(&self) -> Account {
        self.with_account(Role::EnisaStaff, None).await
    }

    /// Registers a clinic through the public API; returns its id (it is `PENDING`).
    pub async fn with_pending_clinic(&self, ms: &str) -> Uuid {
        let account = self.register_and_log_in(&registration_input(ms)).await;
        account.organisation.unwrap()
    }
}

/// A valid self-registration for `ms`, with a fresh e-mail and registration id.
pub fn registration_input(ms: &str) -> serde_json::Value {
    let n = Uuid::new_v4().simple().to_string();
    serde_json::json!({
        "name": format!("Praxis {}", &n[..6]),
        "memberState": ms,
        "healthcareType": "CLINIC",
        "nis2Class": "IMPORTANT",
        "registrationId": format!("HRB {}", &n[..8]),
        "contactName": "Dr. Test",
        "contactEmail": format!("contact-{n}@clinic.example"),
        "password": "a-long-enough-password",
    })
}

/// A valid programme input for `ms` with currency `currency`: open now for 90 days, micro and
/// small SMEs, hospitals and clinics, 50 % aid, 20 % pre-financing.
pub fn programme_input(code: &str, currency: &str) -> serde_json::Value {
    let now = chrono::Utc::now();
    serde_json::json!({
        "code": code,
        "names": [{ "language": "en", "text": format!("Programme {code}") }, { "language": "de", "text": format!("Programm {code}") }],
        "descriptions": [{ "language": "en", "text": "Cybersecurity vouchers for hospitals." }],
        "currency": currency,
        "minVoucher": "1000",
        "maxVoucher": "30000",
        "aidIntensity": "50",
        "prefinancingShare": "20",
        "smeCategories": ["MICRO", "SMALL"],
        "healthcareTypes": ["HOSPITAL", "CLINIC"],
        "nis2Classes": ["IMPORTANT", "NOT_IN_SCOPE"],
        "serviceCategories": ["RISK_ASSESSMENT", "PENETRATION_TESTING"],
        "opensAt": (now - chrono::Duration::days(1)).to_rfc3339(),
        "closesAt": (now + chrono::Duration::days(90)).to_rfc3339(),
        "cutoffs": [(now + chrono::Duration::days(30)).to_rfc3339()],
        "validityDays": 365,
        "deMinimis": true,
    })
}

pub const CREATE_PROGRAMME: &str = "mutation($i: VoucherProgramInput!) { createVoucherProgram(input: $i) { id status code currency } }";
pub const ALLOCATE: &str = "mutation($i: FundsInput!) { allocateFunds(input: $i) { replayed entry { id kind amount } funds { allocated committed disbursed available currency } } }";

impl TestApp {
    /// A `DRAFT` programme created by `officer` through the API; returns its id.
    pub async fn with_draft_programme(&self, officer: &Account, code: &str) -> Uuid {
        let r = self
            .gql(
                officer.token(),
                CREATE_PROGRAMME,
                serde_json::json!({ "i": programme_input(code, "EUR") }),
            )
            .await;
        Uuid::parse_str(r.ok()["createVoucherProgram"]["id"].as_str().unwrap()).unwrap()
    }

    /// An `OPEN` programme with `budget` (EUR) allocated, through the API.
    pub async fn with_open_programme(&self, officer: &Account, code: &str, budget: &str) -> Uuid {
        self.with_open_programme_from(officer, programme_input(code, "EUR"), budget)
            .await
    }

    /// An `OPEN` programme created from `input` (see [`programme_input`]) with `budget`
    /// allocated in its currency, through the API.
    pub async fn with_open_programme_from(
        &self,
        officer: &Account,
        input: serde_json::Value,
        budget: &str,
    ) -> Uuid {
        let currency = input["currency"].clone();
        let r = self
            .gql(
                officer.token(),
                CREATE_PROGRAMME,
                serde_json::json!({ "i": input }),
            )
            .await;
        let id = Uuid::parse_str(r.ok()["createVoucherProgram"]["id"].as_str().unwrap()).unwrap();
        self.gql(
            officer.token(),
            ALLOCATE,
            serde_json::json!({ "i": { "programId": id, "amount": budget, "currency": currency, "reference": "budget decision 1" } }),
        )
        .await
        .ok();
        self.gql(
            officer.token(),
            "mutation($id: ID!) { openVoucherProgram(id: $id) { status } }",
            serde_json::json!({ "id": id }),
        )
        .await
        .ok();
        id
    }
}

/// A micro clinic's SME input (8 staff, EUR 1.2 million turnover), in the API's shape.
pub fn micro_sme_input() -> serde_json::Value {
    sme_input_with_staff("8")
}

/// A single-enterprise SME input with `staff` annual work units.
pub fn sme_input_with_staff(staff: &str) -> serde_json::Value {
    serde_json::json!({
        "applicant": "clinic",
        "enterprises": [{
            "id": "clinic",
            "name": "Clinic",
            "kind": "ENTERPRISE",
            "periods": [
                { "label": "2024", "staff": staff, "annualTurnover": "1200000", "balanceSheetTotal": "800000" },
                { "label": "2025", "staff": staff, "annualTurnover": "1250000", "balanceSheetTotal": "820000" }
            ]
        }],
        "holdings": []
    })
}

/// An application asking for `amount` (EUR) for one penetration test costing `cost`.
pub fn application_input(amount: &str, cost: &str) -> serde_json::Value {
    serde_json::json!({
        "requestedAmount": amount,
        "services": [{ "category": "PENETRATION_TESTING", "description": "Penetration test of the patient portal", "estimatedCost": cost }],
        "sme": micro_sme_input(),
        "deMinimisReceivedEur": "0",
    })
}

pub const CREATE_APPLICATION: &str = "mutation($p: ID!, $i: VoucherApplicationInput!) { createVoucherApplication(programId: $p, input: $i) { id status requestedAmount currency } }";
pub const SUBMIT_APPLICATION: &str = "mutation($id: ID!) { submitVoucherApplication(id: $id) { id status submittedAt smeSnapshot { category isSme ruleVersion } } }";
pub const APPROVE_APPLICATION: &str = "mutation($id: ID!, $amount: Decimal) { approveVoucherApplication(id: $id, amount: $amount) { id status approvedAmount voucher { id status amount prefinanced expiresAt } } }";
pub const REDEEM: &str = "mutation($i: RedeemVoucherInput!) { redeemVoucher(input: $i) { covered clinicPays remaining voucherStatus redemption { id status payable invoiceAmount } } }";
pub const MY_VOUCHER: &str =
    "query($id: ID!) { voucher(id: $id) { id code status amount redeemed remaining prefinanced } }";

impl TestApp {
    /// A draft application of `clinic` to `programme`; returns its id.
    pub async fn with_draft_application(
        &self,
        clinic: &Account,
        programme: Uuid,
        amount: &str,
        cost: &str,
    ) -> Uuid {
        let r = self
            .gql(
                clinic.token(),
                CREATE_APPLICATION,
                serde_json::json!({ "p": programme, "i": application_input(amount, cost) }),
            )
            .await;
        Uuid::parse_str(r.ok()["createVoucherApplication"]["id"].as_str().unwrap()).unwrap()
    }

    /// A submitted application; returns its id.
    pub async fn with_submitted_application(
        &self,
        clinic: &Account,
        programme: Uuid,
        amount: &str,
    ) -> Uuid {
        let cost = (amount.parse::<rust_decimal::Decimal>().unwrap() * rust_decimal::Decimal::TWO)
            .to_string();
        let id = self
            .with_draft_application(clinic, programme, amount, &cost)
            .await;
        self.gql(
            clinic.token(),
            SUBMIT_APPLICATION,
            serde_json::json!({ "id": id }),
        )
        .await
        .ok();
        id
    }

    /// An approved application's voucher: `(voucher id, code)`.
    pub async fn with_voucher(
        &self,
        officer: &Account,
        clinic: &Account,
        programme: Uuid,
        amount: &str,
    ) -> (Uuid, String) {
        let app = self
            .with_submitted_application(clinic, programme, amount)
            .await;
        let r = self
            .gql(
                officer.token(),
                APPROVE_APPLICATION,
                serde_json::json!({ "id": app }),
            )
            .await;
        let voucher = Uuid::parse_str(
            r.ok()["approveVoucherApplication"]["voucher"]["id"]
                .as_str()
                .unwrap(),
        )
        .unwrap();
        let v = self
            .gql(
                clinic.token(),
                MY_VOUCHER,
                serde_json::json!({ "id": voucher }),
            )
            .await;
        (
            voucher,
            v.ok()["voucher"]["code"].as_str().unwrap().to_owned(),
        )
    }
}
