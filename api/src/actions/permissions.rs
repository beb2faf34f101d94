//! Who may do what: the one table a reviewer reads to answer "who may do X".
//!
//! Each [`Action`] names the roles allowed and how far its data reaches. The reach is always
//! cut to the caller's token scope (`store/tenancy.rs`): an organisation role sees its
//! organisation, a member-state role its member state, an EU-wide role everything the action
//! lets it see. `docs/permissions.md` is printed from this table by a test that fails when the
//! two drift. Every denial, on any transport, is audited by [`super::Ctx::authorize`] under the
//! action's name.
use domain::account::Role;
use domain::account::Role::{
    AgencyOfficer, AuthorityOfficer, EnisaStaff, PlatformAdmin, ProviderUser, ServiceProvider,
};

/// How far an action's data reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Anyone, anonymous included; only public data (signed-in callers may see more, within
    /// their scope).
    Public,
    /// Within the caller's scope: its organisation, its member state, or EU-wide for ENISA
    /// staff and platform admins.
    Scoped,
    /// The caller's own organisation only.
    OwnOrganisation,
    /// The caller's own member state only.
    OwnMemberState,
    /// The whole platform.
    EuWide,
    /// Background work of the platform itself; no caller may take it.
    System,
}

impl Reach {
    pub fn describe(self) -> &'static str {
        match self {
            Reach::Public => "public (anonymous included)",
            Reach::Scoped => "the caller's scope",
            Reach::OwnOrganisation => "own organisation",
            Reach::OwnMemberState => "own member state",
            Reach::EuWide => "EU-wide",
            Reach::System => "the platform's own job",
        }
    }
}

/// An action's entry in the table.
#[derive(Debug, Clone, Copy)]
pub struct Permission {
    /// Roles allowed; empty for a public action.
    pub roles: &'static [Role],
    pub reach: Reach,
    /// What the action does, for `docs/permissions.md`.
    pub summary: &'static str,
}

impl Permission {
    pub fn is_public(&self) -> bool {
        self.reach == Reach::Public
    }

    /// Whether a signed-in caller of `role` may take the action.
    pub fn allows(&self, role: Role) -> bool {
        self.is_public() || self.roles.contains(&role)
    }
}

const ALL: &[Role] = &Role::ALL;
const PUBLIC: &[Role] = &[];

macro_rules! table {
    ($($variant:ident = $name:literal, $roles:expr, $reach:ident, $summary:literal;)+) => {
        /// Every use case of the platform, named as the audit trail names it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action { $($variant),+ }

        impl Action {
            /// Every action, in the table's order.
            pub const ALL: &'static [Action] = &[$(Action::$variant),+];

            /// The audit trail's name of the action, e.g. `application.approve`.
            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name),+ }
            }

            pub fn permission(self) -> Permission {
                match self {
                    $(Action::$variant => Permission {
                        roles: $roles,
                        reach: Reach::$reach,
                        summary: $summary,
                    }),+
                }
            }
        }
    };
}

table! {
    // Accounts and sessions.
    Authenticate = "authenticate", PUBLIC, Public, "present a bearer token (a token that does not verify is refused with 401)";
    Login = "login", PUBLIC, Public, "log in with e-mail and password";
    AccountList = "account.list", &[PlatformAdmin], EuWide, "list all accounts";
    AccountCreate = "account.create", &[PlatformAdmin], EuWide, "create an account";
    AccountSetActive = "account.set_active", &[PlatformAdmin], EuWide, "deactivate or reactivate an account";
    AccountSignOutEverywhere = "account.sign_out_everywhere", ALL, Scoped, "end every session of one's own account";
    AccountSetLanguage = "account.set_language", ALL, Scoped, "choose the language of one's own e-mails (en, de, fr)";
    OfficerName = "account.officer_name", &[AgencyOfficer, PlatformAdmin], Scoped, "see the names of the officers who recommended, decided or paid (an agency its own officers; anyone else sees none)";
    PasswordResetRequest = "account.password_reset_request", PUBLIC, Public, "ask for a password-reset link (the same answer whether or not the address has an account)";
    PasswordReset = "account.password_reset", PUBLIC, Public, "set a new password with a reset link's single-use token (ends every session)";
    EmailOutboxRead = "email.outbox_read", &[PlatformAdmin], EuWide, "read the e-mail outbox: status, attempts, last error";
    AuditRead = "audit.read", &[AgencyOfficer, PlatformAdmin], Scoped, "read the audit trail: the admin all of it, an agency its member state's voucher records (never incidents)";
    // The registry.
    OrganisationRegister = "organisation.register", PUBLIC, Public, "register a healthcare organisation and its first account";
    OrganisationRead = "organisation.read", PUBLIC, Public, "read an organisation in the caller's scope (an anonymous caller sees none)";
    OrganisationList = "organisation.list", ALL, Scoped, "list organisations";
    OrganisationDirectory = "organisation.directory", &[ProviderUser, AgencyOfficer, EnisaStaff, PlatformAdmin], EuWide, "list verified service providers to choose from";
    OrganisationDecide = "organisation.decide", &[AgencyOfficer], OwnMemberState, "verify or reject (with a reason) a self-registration";
    OrganisationRequestInformation = "organisation.request_information", &[AgencyOfficer], OwnMemberState, "ask a pending registration for more information";
    OrganisationReadReviewNote = "organisation.read_review_note", &[ProviderUser, AgencyOfficer, PlatformAdmin], Scoped, "read the agency's message on a registration (a clinic only its own)";
    OrganisationCreate = "organisation.create", &[PlatformAdmin], EuWide, "create an agency, healthcare organisation or service provider";
    DirectoryRead = "directory.read", PUBLIC, Public, "list the national agencies and their helpdesks";
    OrganisationWatch = "organisation.watch", &[AgencyOfficer, EnisaStaff, PlatformAdmin], Scoped, "follow new self-registrations live";
    OrganisationSetTimeZone = "organisation.set_time_zone", &[ProviderUser], OwnOrganisation, "set the own organisation's IANA time zone (calendar-month deadlines such as the final incident report are counted in it)";
    OrganisationProfileRead = "organisation.profile_read", &[ProviderUser, AgencyOfficer, PlatformAdmin], Scoped, "read an organisation's profile (SME data and when it was confirmed, contact person, address): a clinic its own, an agency its member state's organisations";
    OrganisationProfileUpdate = "organisation.profile_update", &[ProviderUser], OwnOrganisation, "save the own organisation's profile (saving SME data confirms it)";
    // SME eligibility.
    SmeAssess = "sme.assess", PUBLIC, Public, "run the SME self-assessment (nothing is stored)";
    // Programmes and funds.
    ProgrammeList = "programme.list", PUBLIC, Public, "list open programmes (and, for an agency, its own)";
    ProgrammeRead = "programme.read", PUBLIC, Public, "read a programme";
    ProgrammeCreate = "programme.create", &[AgencyOfficer], OwnMemberState, "create a draft programme";
    ProgrammeUpdate = "programme.update", &[AgencyOfficer], OwnMemberState, "edit a programme";
    ProgrammeTransition = "programme.transition", &[AgencyOfficer], OwnMemberState, "open, close or archive a programme";
    FundsRead = "funds.read", &[AgencyOfficer, EnisaStaff, PlatformAdmin], Scoped, "read a programme's balances, ledger and monthly summary";
    FundsAllocate = "funds.allocate", &[AgencyOfficer], OwnMemberState, "add budget to a programme";
    FundsDeallocate = "funds.deallocate", &[AgencyOfficer], OwnMemberState, "remove unused budget";
    FundsExport = "funds.export", &[AgencyOfficer, EnisaStaff, PlatformAdmin], Scoped, "download a programme's ledger as CSV";
    // Applications.
    ApplicationEligibility = "application.eligibility", &[ProviderUser], OwnOrganisation, "check the programme's rules before applying";
    ApplicationList = "application.list", &[ProviderUser, AgencyOfficer, EnisaStaff, PlatformAdmin], Scoped, "list applications";
    ApplicationRead = "application.read", PUBLIC, Public, "read an application in the caller's scope (an anonymous caller sees none)";
    ApplicationQueue = "application.queue", &[AgencyOfficer], OwnMemberState, "the review queue, first come first served";
    ApplicationCreate = "application.create", &[ProviderUser], OwnOrganisation, "start a draft application";
    ApplicationUpdate = "application.update", &[ProviderUser], OwnOrganisation, "edit a draft";
    ApplicationSubmit = "application.submit", &[ProviderUser], OwnOrganisation, "submit a draft (the rules are checked)";
    ApplicationWithdraw = "application.withdraw", &[ProviderUser], OwnOrganisation, "withdraw a draft or a submitted application";
    ApplicationRecommend = "application.recommend", &[AgencyOfficer], OwnMemberState, "recommend approval: the first of the four eyes";
    ApplicationApprove = "application.approve", &[AgencyOfficer], OwnMemberState, "approve: commit funds and issue the voucher (above the programme's four-eyes threshold, after another officer's recommendation)";
    ApplicationReject = "application.reject", &[AgencyOfficer], OwnMemberState, "reject with a reason";
    ApplicationNoteAdd = "application.note_add", &[AgencyOfficer], OwnMemberState, "add an internal note to an application of the own member state (the clinic never sees notes)";
    ApplicationNoteRead = "application.note_read", &[AgencyOfficer, PlatformAdmin], Scoped, "read an application's internal notes (anyone else reads an empty list, so a clinic cannot tell that notes exist)";
    // Vouchers and redemptions.
    VoucherList = "voucher.list", &[ProviderUser, ServiceProvider, AgencyOfficer, EnisaStaff, PlatformAdmin], Scoped, "list vouchers";
    VoucherRead = "voucher.read", PUBLIC, Public, "read a voucher in the caller's scope (an anonymous caller sees none)";
    VoucherLookup = "voucher.lookup", &[ServiceProvider], OwnOrganisation, "look a voucher code up (rate-limited)";
    VoucherRedeem = "voucher.redeem", &[ServiceProvider], OwnOrganisation, "redeem a voucher against an invoice (rate-limited)";
    VoucherCancel = "voucher.cancel", &[AgencyOfficer], OwnMemberState, "cancel an active voucher";
    VoucherChooseServiceProvider = "voucher.choose_service_provider", &[ProviderUser], OwnOrganisation, "name the service provider who may redeem";
    VoucherExpire = "voucher.expire", PUBLIC, System, "expire vouchers past their date and release their funds";
    ReferenceFind = "reference.find", &[ProviderUser, ServiceProvider, AgencyOfficer, EnisaStaff, PlatformAdmin], Scoped, "find an application, voucher, redemption or payment by its reference";
    RedemptionList = "redemption.list", &[ProviderUser, ServiceProvider, AgencyOfficer, EnisaStaff, PlatformAdmin], Scoped, "list redemptions";
    RedemptionRecommend = "redemption.recommend", &[AgencyOfficer], OwnMemberState, "recommend a redemption's payment: the first of the four eyes";
    RedemptionPay = "redemption.pay", &[AgencyOfficer], OwnMemberState, "approve a redemption's payment (above the programme's four-eyes threshold, after another officer's recommendation)";
    // The agency's day (issue #17).
    PendingWorkRead = "pending_work.read", &[AgencyOfficer, PlatformAdmin], Scoped, "the pending work, counted and aged, each kind's oldest first: applications to review, second approvals, payments to approve, organisations to verify (an agency its member state's, marking what the officer can act on; the admin every member state's, acting on none)";
    // Attachments of applications and redemptions (quotes and invoices).
    AttachmentUpload = "attachment.upload", &[ProviderUser, ServiceProvider], Scoped, "attach a quote or invoice (PDF or image, 10 MB at most): the clinic to its application while it is a draft or submitted, the redeeming provider or the clinic an invoice to a redemption awaiting payment";
    AttachmentRead = "attachment.read", &[ProviderUser, ServiceProvider, AgencyOfficer], Scoped, "list and download attachments: the clinic its own, its member state's agency those of submitted applications and of redemptions, the redeeming provider its redemptions' invoices; anyone else: NOT_FOUND";
    // Notifications.
    NotificationList = "notification.list", &[ProviderUser, ServiceProvider, AuthorityOfficer], OwnOrganisation, "read the organisation's notifications";
    NotificationRead = "notification.read", &[ProviderUser, ServiceProvider, AuthorityOfficer], OwnOrganisation, "mark notifications read";
    NotificationWatch = "notification.watch", &[ProviderUser, ServiceProvider, AuthorityOfficer], OwnOrganisation, "follow the unread count live";
    // Incidents (NIS2 Art. 23): the clinic and its member state's authority; anyone else
    // finds no case (NOT_FOUND), ENISA and the public see anonymised statistics.
    IncidentReport = "incident.report", &[ProviderUser], OwnOrganisation, "report a significant incident of the own organisation (starts the clocks)";
    IncidentRead = "incident.read", ALL, Scoped, "read a case: the clinic its own, the authority its member state's and those shared with it (anyone else: NOT_FOUND)";
    IncidentList = "incident.list", ALL, Scoped, "list the cases in scope, overdue first, then by next deadline (empty for roles that see no case)";
    IncidentSubmit = "incident.submit", &[ProviderUser], OwnOrganisation, "submit a stage report (early warning, notification, intermediate, progress, final)";
    IncidentMarkHandled = "incident.mark_handled", &[ProviderUser], OwnOrganisation, "mark the incident handled (starts the final report's month where it was ongoing)";
    IncidentComment = "incident.comment", &[ProviderUser, AuthorityOfficer], Scoped, "comment on a case (the clinic, or its member state's authority)";
    IncidentAcknowledge = "incident.acknowledge", &[AuthorityOfficer], OwnMemberState, "acknowledge a submitted stage";
    IncidentRequestIntermediate = "incident.request_intermediate", &[AuthorityOfficer], OwnMemberState, "request an intermediate report with a due date";
    IncidentShare = "incident.share", &[AuthorityOfficer], OwnMemberState, "share a cross-border case with other member states' authorities (read-only)";
    IncidentClose = "incident.close", &[AuthorityOfficer], OwnMemberState, "close a case";
    IncidentEscalate = "incident.escalate", PUBLIC, System, "remind the clinic and the authority 6 h before a clock expires and when it is overdue";
    IncidentStatistics = "incident.statistics", PUBLIC, Public, "anonymised counts by member state, month and category (under 3 suppressed; exact for the own state's authority)";
    RansomDemandRecord = "ransom.record_demand", &[ProviderUser], OwnOrganisation, "record a ransom demand on the own organisation's case";
    RansomReferralRecord = "ransom.record_referral", &[ProviderUser, AuthorityOfficer], Scoped, "record the law-enforcement referral of a case's ransom demand";
    RansomRulesRead = "ransom_rules.read", PUBLIC, Public, "read the member states' ransom rules";
    RansomRulesUpdate = "ransom_rules.update", &[AuthorityOfficer], OwnMemberState, "set the own member state's ransom rules";
    // Early-warning alerts (who sees one is TLP's decision: `domain::alert::tlp::may_see`).
    AlertRead = "alert.read", PUBLIC, Public, "read the alerts the TLP marking shows the caller (anonymous: TLP:CLEAR), and catch up on their events";
    AlertWatch = "alert.watch", PUBLIC, Public, "follow the alerts the caller may see live";
    AlertExport = "alert.export", PUBLIC, Public, "export the alerts the caller may see as STIX 2.1, TAXII 2.1 or Atom";
    AlertWrite = "alert.write", &[EnisaStaff], EuWide, "write a draft alert, edit it, or publish an update";
    AlertPublish = "alert.publish", &[EnisaStaff], EuWide, "publish a draft alert";
    AlertRevoke = "alert.revoke", &[EnisaStaff], EuWide, "revoke a published alert";
    AlertAcknowledge = "alert.acknowledge", &[ProviderUser, ServiceProvider, AgencyOfficer], OwnOrganisation, "answer an alert the organisation may see (seen, mitigation applied, not affected)";
    AlertAcknowledgementCounts = "alert.acknowledgement_counts", &[EnisaStaff], EuWide, "the acknowledgement counts per member state";
    // The support centre's catalogue and training.
    CatalogueRead = "catalogue.read", PUBLIC, Public, "search the published catalogue and read an item (drafts only for their authors)";
    CatalogueWorkspace = "catalogue.workspace", &[EnisaStaff, ServiceProvider], Scoped, "list the items the caller writes (ENISA's, or a provider's own services)";
    CatalogueCreate = "catalogue.create", &[EnisaStaff, ServiceProvider], Scoped, "create a draft item (a verified provider: SERVICE items of its own)";
    CatalogueUpdate = "catalogue.update", &[EnisaStaff, ServiceProvider], Scoped, "edit an item's working copy (a draft beside the published version)";
    CatalogueTranslate = "catalogue.translate", &[EnisaStaff, ServiceProvider], Scoped, "add or replace a translation of the working copy";
    CataloguePublish = "catalogue.publish", &[EnisaStaff, ServiceProvider], Scoped, "publish the draft as the next numbered version with a change note";
    CatalogueRetire = "catalogue.retire", &[EnisaStaff, ServiceProvider], Scoped, "retire a published item with a reason";
    CatalogueDiscardDraft = "catalogue.discard_draft", &[EnisaStaff, ServiceProvider], Scoped, "drop the pending draft of a published item (the published version stays)";
    CatalogueSuspend = "catalogue.suspend", &[EnisaStaff, AgencyOfficer], Scoped, "suspend a published service (or lift it): ENISA, or the provider's agency";
    CatalogueTopicDefine = "catalogue.topic_define", &[EnisaStaff], EuWide, "add a topic to the controlled list";
    CatalogueServicesForVoucher = "catalogue.services_for_voucher", &[ProviderUser, AgencyOfficer, EnisaStaff, PlatformAdmin], Scoped, "the published services that match a voucher";
    CatalogueExport = "catalogue.export", PUBLIC, Public, "download the published catalogue as DCAT-AP JSON-LD";
    TrainingSessionList = "training.session_list", PUBLIC, Public, "list training sessions and download one as iCalendar";
    TrainingSessionCreate = "training.session_create", &[EnisaStaff], EuWide, "plan a session of a training course";
    TrainingEnrol = "training.enrol", &[ProviderUser], OwnOrganisation, "enrol a participant of the own organisation (a seat or the waitlist)";
    TrainingCancel = "training.cancel", &[ProviderUser, EnisaStaff], Scoped, "cancel an enrolment (the first on the waitlist is promoted)";
    TrainingRoster = "training.roster", &[ProviderUser, EnisaStaff], Scoped, "read a session's enrolments (a clinic: its own) and completions";
    TrainingAttendance = "training.attendance", &[EnisaStaff], EuWide, "mark attendance after the session (completion)";
    // The EU Cybersecurity Reserve (Regulation (EU) 2025/38, Art. 14-17): the clinic asks, its
    // member state's authority endorses, ENISA prioritises and assigns, the provider delivers.
    ReserveProviderRegister = "reserve.provider_register", &[EnisaStaff], EuWide, "flag a verified service provider as a trusted Reserve MSSP, with the member states and languages it covers";
    ReserveProviderList = "reserve.provider_list", &[EnisaStaff, ServiceProvider], Scoped, "list Reserve providers with their capacity per quarter (a provider: its own)";
    ReserveCapacityPrecommit = "reserve.capacity_precommit", &[EnisaStaff], EuWide, "record a provider's pre-committed service-days for a quarter";
    ReserveCapacityConvert = "reserve.capacity_convert", &[EnisaStaff], EuWide, "convert an ended quarter's unused pre-committed days into preparedness services";
    ReserveRequestCreate = "reserve.request_create", &[ProviderUser], OwnOrganisation, "draft a Reserve request linked to an own incident case";
    ReserveRequestSubmit = "reserve.request_submit", &[ProviderUser], OwnOrganisation, "submit a draft to the member state's single point of contact";
    ReserveRequestWithdraw = "reserve.request_withdraw", &[ProviderUser], OwnOrganisation, "withdraw an own request before a provider is assigned";
    ReserveRequestEndorse = "reserve.request_endorse", &[AuthorityOfficer], OwnMemberState, "endorse a submitted request of the own member state, with severity and spill-over";
    ReserveRequestDecline = "reserve.request_decline", &[AuthorityOfficer], OwnMemberState, "decline a submitted request of the own member state, with a reason";
    ReserveRequestRead = "reserve.request_read", ALL, Scoped, "read requests: the clinic its own, the authority its member state's, ENISA every endorsed one, a provider those assigned to it (delivery data only); anyone else: NOT_FOUND";
    ReserveQueue = "reserve.queue", &[EnisaStaff], EuWide, "read the priority-ordered queue of endorsed requests with each score's breakdown";
    ReserveTriage = "reserve.triage", &[EnisaStaff], EuWide, "take an endorsed request into triage";
    ReservePriorityOverride = "reserve.priority_override", &[EnisaStaff], EuWide, "expedite or defer a request in the queue, with a recorded justification";
    ReserveAssign = "reserve.assign", &[EnisaStaff], EuWide, "assign a covering provider with free capacity (reserves its days)";
    ReserveRespond = "reserve.respond", &[ServiceProvider], OwnOrganisation, "accept or decline an assignment of the own organisation";
    ReserveDeliveryLog = "reserve.delivery_log", &[ServiceProvider], OwnOrganisation, "log service-days delivered (consumes reserved days)";
    ReserveDeliveryComplete = "reserve.delivery_complete", &[ServiceProvider], OwnOrganisation, "mark delivery complete (releases unused days, starts the summary report clock)";
    ReserveReportSubmit = "reserve.report_submit", &[ProviderUser], OwnOrganisation, "submit the summary report after delivery";
    ReserveClose = "reserve.close", &[EnisaStaff], EuWide, "close a request after its summary report";
}

/// The table as Markdown, for `docs/permissions.md`.
pub fn markdown() -> String {
    let mut out = String::from(
        "# Permissions\n\n\
         Generated from `api/src/actions/permissions.rs` by the test \
         `permissions::tests::the_documented_table_is_the_code`; do not edit by hand.\n\n\
         A role's data is always cut to its token's scope: `PROVIDER_USER` and \
         `SERVICE_PROVIDER` see their organisation, `AGENCY_OFFICER` its member state, \
         `AUTHORITY_OFFICER` its member state's incident cases (and those shared with it), \
         `ENISA_STAFF` and `PLATFORM_ADMIN` the whole platform. Anything out of scope answers \
         `NOT_FOUND`, exactly like a missing record. Every denial is audited under the \
         action's name.\n\n\
         | action | who | reach | what |\n|---|---|---|---|\n",
    );
    for a in Action::ALL {
        let p = a.permission();
        let who = if p.is_public() {
            "anyone".to_owned()
        } else if p.reach == Reach::System {
            "nobody (a job)".to_owned()
        } else {
            p.roles
                .iter()
                .map(|r| format!("`{}`", r.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            a.name(),
            who,
            p.reach.describe(),
            p.summary
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_action_has_a_unique_name() {
        let names: HashSet<&str> = Action::ALL.iter().map(|a| a.name()).collect();
        assert_eq!(names.len(), Action::ALL.len());
    }

    #[test]
    fn an_action_is_public_or_names_its_roles() {
        for a in Action::ALL {
            let p = a.permission();
            assert!(
                p.is_public() || p.reach == Reach::System || !p.roles.is_empty(),
                "{a:?} names no role"
            );
            if p.is_public() || p.reach == Reach::System {
                assert!(p.roles.is_empty(), "{a:?} names roles it ignores");
            }
        }
    }

    #[test]
    fn money_moves_only_by_agency_officers() {
        for a in [
            Action::FundsAllocate,
            Action::FundsDeallocate,
            Action::ApplicationApprove,
            Action::RedemptionPay,
            Action::VoucherCancel,
        ] {
            for role in Role::ALL {
                assert_eq!(
                    a.permission().allows(role),
                    role == AgencyOfficer,
                    "{a:?} {role:?}"
                );
            }
        }
    }

    #[test]
    fn the_documented_table_is_the_code() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/permissions.md");
        let table = markdown();
        if std::env::var_os("UPDATE_DOCS").is_some() {
            let _ = std::fs::write(path, &table);
        }
        let doc = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            doc == table,
            "docs/permissions.md is out of date: run `UPDATE_DOCS=1 cargo test -p api permissions`"
        );
    }
}
