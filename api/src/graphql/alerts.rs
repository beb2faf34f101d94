//! The early-warning service (issue #12): alerts by TLP, their versions, acknowledgements and
//! the catch-up of the alert event stream. Who sees an alert is TLP's decision, taken in the
//! action (`actions::alerts::view`); an alert one may not see is `NOT_FOUND`.
use super::context::ctx;
use super::organisations::HealthcareType;
use super::scalars::{id, parse_id};
use crate::actions::alerts::{self, AlertDelivery, AlertRequest, AlertView};
use crate::error::ApiResult;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::alert::acknowledgement::{Acknowledgement, AcknowledgementCounts};
use domain::alert::content::{
    AlertContent, AlertInput as DomainInput, AlertText, ProductInput, TextInput, TranslationInput,
};
use domain::alert::cursor::EventCursor;
use domain::alert::filter::{AlertFilter, AlertFilterInput as DomainFilter};
use domain::alert::indicator::IndicatorInput;
use domain::alert::lifecycle::AlertVersion as DomainVersion;
use domain::alert::tlp::RecipientsInput;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::alert::content::Severity")]
pub enum Severity {
    /// Little impact expected.
    Low,
    /// Act within the normal patch cycle.
    Medium,
    /// Act soon.
    High,
    /// Act now; raises in-app notifications.
    Critical,
}

/// The TLP 2.0 marking: who may see the alert.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::alert::tlp::Tlp")]
pub enum Tlp {
    /// Everyone, anonymous readers included.
    Clear,
    /// The users of every verified organisation.
    Green,
    /// The named organisations or the organisations of the named member states, and their authorities.
    Amber,
    /// The named organisations only.
    AmberStrict,
    /// The named accounts only.
    Red,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::alert::lifecycle::AlertStatus")]
pub enum AlertStatus {
    /// Not published; ENISA staff only.
    Draft,
    /// Version 1 is out.
    Published,
    /// A later version is out.
    Updated,
    /// Withdrawn; every version stays readable.
    Revoked,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::alert::lifecycle::AlertEventKind")]
pub enum AlertEventKind {
    /// Version 1 was published.
    Published,
    /// A new version was published.
    Updated,
    /// The alert was revoked.
    Revoked,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::alert::indicator::IndicatorKind")]
pub enum IndicatorKind {
    /// An IPv4 address or CIDR range.
    #[graphql(name = "IPV4")]
    Ipv4,
    /// An IPv6 address or CIDR range.
    #[graphql(name = "IPV6")]
    Ipv6,
    /// A fully qualified domain name.
    Domain,
    /// An http(s) URL.
    Url,
    /// A SHA-256 hash (64 hex digits).
    #[graphql(name = "SHA256")]
    Sha256,
    /// A SHA-1 hash (40 hex digits).
    #[graphql(name = "SHA1")]
    Sha1,
    /// An MD5 hash (32 hex digits).
    #[graphql(name = "MD5")]
    Md5,
    /// An e-mail address.
    Email,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::alert::acknowledgement::AcknowledgementKind")]
pub enum AcknowledgementKind {
    /// The alert was read.
    Seen,
    /// The recommended mitigation was applied.
    MitigationApplied,
    /// The organisation is not affected.
    NotAffected,
}

/// The text of an alert in one language.
#[derive(InputObject)]
pub struct AlertTextInput {
    /// One line, at most 200 characters.
    pub title: String,
    /// At most 2,000 characters.
    pub summary: String,
    /// Markdown, at most 100,000 characters.
    pub body: String,
    /// Up to 50, each at most 1,000 characters.
    pub recommended_actions: Vec<String>,
}

/// The text in another official EU language.
#[derive(InputObject)]
pub struct AlertTranslationInput {
    /// ISO 639-1, e.g. `de`; not `en`.
    pub language: String,
    pub text: AlertTextInput,
}

/// An indicator of compromise, validated by its kind.
#[derive(InputObject, SimpleObject, Clone)]
#[graphql(input_name = "IndicatorInput")]
pub struct Indicator {
    pub kind: IndicatorKind,
    /// Canonical form in answers (e.g. lower-case domains, `/32` dropped).
    pub value: String,
}

/// A product or vendor affected.
#[derive(InputObject, SimpleObject, Clone)]
#[graphql(input_name = "AffectedProductInput")]
pub struct AffectedProduct {
    pub vendor: String,
    pub product: Option<String>,
}

/// Who receives a TLP:AMBER, AMBER+STRICT or RED alert.
#[derive(InputObject, Default)]
pub struct AlertRecipientsInput {
    /// Organisation ids (TLP:AMBER and AMBER+STRICT).
    #[graphql(default)]
    pub organisations: Vec<ID>,
    /// Member-state codes (TLP:AMBER).
    #[graphql(default)]
    pub member_states: Vec<String>,
    /// Account ids (TLP:RED).
    #[graphql(default)]
    pub accounts: Vec<ID>,
}

/// Everything an alert says.
#[derive(InputObject)]
pub struct AlertInput {
    /// English.
    pub text: AlertTextInput,
    #[graphql(default)]
    pub translations: Vec<AlertTranslationInput>,
    pub severity: Severity,
    pub tlp: Tlp,
    #[graphql(default)]
    pub recipients: AlertRecipientsInput,
    /// Member-state codes affected; omit for all.
    pub member_states: Option<Vec<String>>,
    /// Healthcare types affected; omit for all.
    pub healthcare_types: Option<Vec<HealthcareType>>,
    #[graphql(default)]
    pub products: Vec<AffectedProduct>,
    /// `CVE-YYYY-NNNN…`.
    #[graphql(default)]
    pub cves: Vec<String>,
    #[graphql(default)]
    pub indicators: Vec<Indicator>,
    /// Catalogue items (playbooks) to follow.
    #[graphql(default)]
    pub catalogue_items: Vec<ID>,
    pub valid_from: DateTime<Utc>,
    /// Omit: valid until revoked.
    pub valid_until: Option<DateTime<Utc>>,
}

fn text(t: AlertTextInput) -> TextInput {
    TextInput {
        title: t.title,
        summary: t.summary,
        body: t.body,
        recommended_actions: t.recommended_actions,
    }
}

fn ids(field: &str, list: &[ID]) -> ApiResult<Vec<uuid::Uuid>> {
    list.iter()
        .enumerate()
        .map(|(i, v)| parse_id(&format!("{field}[{i}]"), v))
        .collect()
}

impl AlertInput {
    fn into_request(self) -> ApiResult<AlertRequest> {
        let recipient_organisations =
            ids("recipients.organisations", &self.recipients.organisations)?;
        let input = DomainInput {
            text: text(self.text),
            translations: (self.translations.into_iter())
                .map(|t| TranslationInput {
                    language: t.language,
                    text: text(t.text),
                })
                .collect(),
            severity: domain::alert::content::Severity::from(self.severity)
                .as_str()
                .to_owned(),
            tlp: domain::alert::tlp::Tlp::from(self.tlp).as_str().to_owned(),
            recipients: RecipientsInput {
                organisations: Vec::new(),
                member_states: self.recipients.member_states,
                accounts: ids("recipients.accounts", &self.recipients.accounts)?,
            },
            member_states: self.member_states,
            healthcare_types: self.healthcare_types.map(|l| {
                l.into_iter()
                    .map(|h| {
                        domain::organisation::HealthcareType::from(h)
                            .as_str()
                            .to_owned()
                    })
                    .collect()
            }),
            products: (self.products.into_iter())
                .map(|p| ProductInput {
                    vendor: p.vendor,
                    product: p.product,
                })
                .collect(),
            cves: self.cves,
            indicators: (self.indicators.into_iter())
                .map(|i| IndicatorInput {
                    kind: domain::alert::indicator::IndicatorKind::from(i.kind)
                        .as_str()
                        .to_owned(),
                    value: i.value,
                })
                .collect(),
            catalogue_items: ids("catalogueItems", &self.catalogue_items)?,
            valid_from: self.valid_from,
            valid_until: self.valid_until,
        };
        Ok(AlertRequest {
            input,
            recipient_organisations,
        })
    }
}

/// The inbox and subscription filter: it narrows what TLP allows, never widens it.
#[derive(InputObject, Default)]
pub struct AlertFilterInput {
    /// Any of these severities (all when empty).
    #[graphql(default)]
    pub severities: Vec<Severity>,
    /// Alerts affecting this member state (code).
    pub member_state: Option<String>,
    /// A product or vendor name containing this text (ignoring case).
    pub product: Option<String>,
}

/// Parses the filter (fields under `filter`).
pub fn parse_filter(f: Option<AlertFilterInput>) -> ApiResult<AlertFilter> {
    let f = f.unwrap_or_default();
    // The domain names the fields `filter.…` itself.
    Ok(AlertFilter::parse(&DomainFilter {
        severities: (f.severities.into_iter())
            .map(|s| {
                domain::alert::content::Severity::from(s)
                    .as_str()
                    .to_owned()
            })
            .collect(),
        member_state: f.member_state,
        product: f.product,
    })?)
}

/// Parses a cursor a client gave back in `field`.
pub fn parse_cursor(field: &str, s: Option<&str>) -> ApiResult<EventCursor> {
    s.map_or(Ok(EventCursor::START), |s| {
        Ok(EventCursor::parse(field, s)?)
    })
}

/// The text of an alert in one language.
pub struct AlertTextView<'a>(&'a AlertText, &'a str);

#[Object(name = "AlertText")]
impl AlertTextView<'_> {
    /// ISO 639-1.
    async fn language(&self) -> &str {
        self.1
    }
    async fn title(&self) -> &str {
        self.0.title()
    }
    async fn summary(&self) -> &str {
        self.0.summary()
    }
    /// Markdown.
    async fn body(&self) -> &str {
        self.0.body()
    }
    async fn recommended_actions(&self) -> &[String] {
        self.0.recommended_actions()
    }
}

/// What an alert (version) says; the flag shows the recipients (ENISA staff only).
pub struct AlertContentView(AlertContent, bool);

impl AlertContentView {
    fn recipients(&self) -> Option<&domain::alert::tlp::Recipients> {
        self.1.then(|| self.0.distribution().recipients())
    }
}

#[Object(name = "AlertContent")]
impl AlertContentView {
    /// English.
    async fn text(&self) -> AlertTextView<'_> {
        AlertTextView(self.0.english(), "en")
    }
    async fn translations(&self) -> Vec<AlertTextView<'_>> {
        (self.0.translations().iter())
            .map(|(l, t)| AlertTextView(t, l.code()))
            .collect()
    }
    async fn severity(&self) -> Severity {
        self.0.severity().into()
    }
    async fn tlp(&self) -> Tlp {
        self.0.marking().into()
    }
    /// ENISA staff only (otherwise empty): the recipient organisations' ids.
    async fn recipient_organisations(&self) -> Vec<ID> {
        let Some(r) = self.recipients() else {
            return Vec::new();
        };
        r.organisations().iter().map(|o| id(o.id)).collect()
    }
    /// ENISA staff only (otherwise empty): the recipient member states.
    async fn recipient_member_states(&self) -> Vec<&str> {
        let Some(r) = self.recipients() else {
            return Vec::new();
        };
        r.member_states().iter().map(|m| m.code()).collect()
    }
    /// ENISA staff only (otherwise empty): the recipient accounts' ids.
    async fn recipient_accounts(&self) -> Vec<ID> {
        let Some(r) = self.recipients() else {
            return Vec::new();
        };
        r.accounts().iter().map(|a| id(*a)).collect()
    }
    /// Member-state codes affected; null for all.
    async fn member_states(&self) -> Option<Vec<&str>> {
        match self.0.member_states() {
            domain::alert::content::Affected::All => None,
            domain::alert::content::Affected::Only(l) => Some(l.iter().map(|m| m.code()).collect()),
        }
    }
    /// Healthcare types affected; null for all.
    async fn healthcare_types(&self) -> Option<Vec<HealthcareType>> {
        match self.0.healthcare_types() {
            domain::alert::content::Affected::All => None,
            domain::alert::content::Affected::Only(l) => {
                Some(l.iter().map(|h| (*h).into()).collect())
            }
        }
    }
    async fn products(&self) -> Vec<AffectedProduct> {
        (self.0.products().iter())
            .map(|p| AffectedProduct {
                vendor: p.vendor().to_owned(),
                product: p.product().map(str::to_owned),
            })
            .collect()
    }
    async fn cves(&self) -> Vec<&str> {
        self.0.cves().iter().map(|c| c.as_str()).collect()
    }
    async fn indicators(&self) -> Vec<Indicator> {
        (self.0.indicators().iter())
            .map(|i| Indicator {
                kind: i.kind().into(),
                value: i.value().to_owned(),
            })
            .collect()
    }
    async fn catalogue_items(&self) -> Vec<ID> {
        self.0.catalogue_items().iter().map(|i| id(*i)).collect()
    }
    async fn valid_from(&self) -> DateTime<Utc> {
        self.0.validity().from()
    }
    async fn valid_until(&self) -> Option<DateTime<Utc>> {
        self.0.validity().until()
    }
}

/// One published version; it never changes.
pub struct AlertVersionView(DomainVersion, bool);

#[Object(name = "AlertVersion")]
impl AlertVersionView {
    /// From 1.
    async fn number(&self) -> u32 {
        self.0.number
    }
    async fn published_at(&self) -> DateTime<Utc> {
        self.0.published_at
    }
    /// What changed since the previous version (null for version 1).
    async fn change_note(&self) -> Option<&str> {
        self.0.change_note.as_deref()
    }
    async fn content(&self) -> AlertContentView {
        AlertContentView(self.0.content.clone(), self.1)
    }
}

/// An organisation's answer to an alert.
#[derive(SimpleObject)]
pub struct AlertAcknowledgement {
    pub kind: AcknowledgementKind,
    pub at: DateTime<Utc>,
}

impl From<Acknowledgement> for AlertAcknowledgement {
    fn from(a: Acknowledgement) -> Self {
        Self {
            kind: a.kind.into(),
            at: a.at,
        }
    }
}

/// The organisations' latest answers in one member state.
#[derive(SimpleObject)]
pub struct AcknowledgementCount {
    pub member_state: String,
    pub seen: u32,
    pub mitigation_applied: u32,
    pub not_affected: u32,
    pub total: u32,
}

impl From<AcknowledgementCounts> for AcknowledgementCount {
    fn from(c: AcknowledgementCounts) -> Self {
        Self {
            member_state: c.member_state.code().to_owned(),
            seen: c.seen,
            mitigation_applied: c.mitigation_applied,
            not_affected: c.not_affected,
            total: c.total(),
        }
    }
}

/// An early-warning alert as the caller may see it.
pub struct Alert(pub AlertView);

#[Object]
impl Alert {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn status(&self) -> AlertStatus {
        self.0.status.into()
    }
    /// The latest version the caller may read; null for a draft.
    async fn current_version(&self) -> Option<AlertVersionView> {
        let staff = self.0.editor_content.is_some();
        self.0
            .versions
            .last()
            .map(|v| AlertVersionView(v.clone(), staff))
    }
    /// Every version the caller may read, oldest first (each judged by its own marking).
    async fn versions(&self) -> Vec<AlertVersionView> {
        let staff = self.0.editor_content.is_some();
        (self.0.versions.iter())
            .map(|v| AlertVersionView(v.clone(), staff))
            .collect()
    }
    /// What the caller reads now: the latest visible version's content, or (ENISA) the draft.
    async fn content(&self) -> Option<AlertContentView> {
        let staff = self.0.editor_content.is_some();
        self.0.content().map(|c| AlertContentView(c.clone(), staff))
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }
    async fn revocation_reason(&self) -> Option<&str> {
        self.0.revocation_reason.as_deref()
    }
    /// The caller's organisation's current answer (null if none or not an organisation).
    async fn my_acknowledgement(&self, c: &Context<'_>) -> ApiResult<Option<AlertAcknowledgement>> {
        let a = alerts::own_acknowledgement(ctx(c)?, self.0.id).await?;
        Ok(a.map(Into::into))
    }
    /// ENISA staff: the latest answers' counts per member state.
    async fn acknowledgement_counts(
        &self,
        c: &Context<'_>,
    ) -> ApiResult<Vec<AcknowledgementCount>> {
        let counts = alerts::acknowledgement_counts(ctx(c)?, self.0.id).await?;
        Ok(counts.into_iter().map(Into::into).collect())
    }
}

/// One event of the alert stream, as the caller receives it.
pub struct AlertEvent(pub AlertDelivery);

#[Object]
impl AlertEvent {
    /// Give it back to `alertsSince` or the subscription's `after` to continue from here.
    async fn cursor(&self) -> String {
        self.0.cursor.to_string()
    }
    async fn kind(&self) -> AlertEventKind {
        self.0.kind.into()
    }
    /// The version the event published (the latest one for a revocation).
    async fn version(&self) -> u32 {
        self.0.version
    }
    async fn alert(&self) -> Alert {
        Alert(self.0.alert.clone())
    }
}

/// The events after a cursor, and where to continue.
pub struct AlertEventPage(pub Vec<AlertDelivery>, pub EventCursor);

#[Object]
impl AlertEventPage {
    /// Oldest first.
    async fn events(&self) -> Vec<AlertEvent> {
        self.0.iter().cloned().map(AlertEvent).collect()
    }
    /// Ask again from here (also when nothing was visible).
    async fn cursor(&self) -> String {
        self.1.to_string()
    }
}

#[derive(Default)]
pub struct AlertQuery;

#[Object]
impl AlertQuery {
    /// One alert, if TLP lets the caller see it (otherwise `NOT_FOUND`).
    async fn alert(&self, c: &Context<'_>, id: ID) -> ApiResult<Alert> {
        let id = parse_id("id", &id)?;
        Ok(Alert(alerts::get(ctx(c)?, id).await?))
    }

    /// The alerts the caller may see, newest first (ENISA staff: drafts too).
    async fn alerts(
        &self,
        c: &Context<'_>,
        filter: Option<AlertFilterInput>,
    ) -> ApiResult<Vec<Alert>> {
        let filter = parse_filter(filter)?;
        let list = alerts::list(ctx(c)?, &filter).await?;
        Ok(list.into_iter().map(Alert).collect())
    }

    /// What happened after `cursor` (omit it for the whole stream) that the caller may see:
    /// for a client that reconnects, before it subscribes with `after`.
    async fn alerts_since(
        &self,
        c: &Context<'_>,
        cursor: Option<String>,
        filter: Option<AlertFilterInput>,
    ) -> ApiResult<AlertEventPage> {
        let after = parse_cursor("cursor", cursor.as_deref())?;
        let filter = parse_filter(filter)?;
        let (events, next) = alerts::since(ctx(c)?, after, &filter).await?;
        Ok(AlertEventPage(events, next))
    }
}

#[derive(Default)]
pub struct AlertMutation;

#[Object]
impl AlertMutation {
    /// ENISA staff: writes a draft alert.
    async fn create_alert(&self, c: &Context<'_>, input: AlertInput) -> ApiResult<Alert> {
        let req = input.into_request()?;
        Ok(Alert(alerts::create(ctx(c)?, req).await?))
    }

    /// ENISA staff: edits a draft, or publishes the next version of a published alert
    /// (`changeNote` required then; the marking may only become less strict).
    async fn update_alert(
        &self,
        c: &Context<'_>,
        id: ID,
        input: AlertInput,
        change_note: Option<String>,
    ) -> ApiResult<Alert> {
        let id = parse_id("id", &id)?;
        let req = input.into_request()?;
        Ok(Alert(alerts::update(ctx(c)?, id, req, change_note).await?))
    }

    /// ENISA staff: publishes a draft as version 1 (once).
    async fn publish_alert(&self, c: &Context<'_>, id: ID) -> ApiResult<Alert> {
        let id = parse_id("id", &id)?;
        Ok(Alert(alerts::publish(ctx(c)?, id).await?))
    }

    /// ENISA staff: revokes a published alert, with the reason.
    async fn revoke_alert(&self, c: &Context<'_>, id: ID, reason: String) -> ApiResult<Alert> {
        let id = parse_id("id", &id)?;
        Ok(Alert(alerts::revoke(ctx(c)?, id, &reason).await?))
    }

    /// The caller's organisation answers an alert it may see.
    async fn acknowledge_alert(
        &self,
        c: &Context<'_>,
        id: ID,
        kind: AcknowledgementKind,
    ) -> ApiResult<AlertAcknowledgement> {
        let id = parse_id("id", &id)?;
        let kind = domain::alert::acknowledgement::AcknowledgementKind::from(kind);
        Ok(alerts::acknowledge(ctx(c)?, id, kind.as_str())
            .await?
            .into())
    }
}
