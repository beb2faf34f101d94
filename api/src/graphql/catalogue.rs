//! The support centre's catalogue (`docs/catalogue.md`): public search with facets, items in
//! the reader's language with their versions and diffs, and the authors' workflow.
use super::context::ctx;
use super::organisations::HealthcareType;
use super::pagination::{encode_cursor, page_request};
use super::scalars::{id, parse_id};
use super::sme::SmeCategory;
use crate::actions::catalogue::{
    self as catalogue, ItemView, SearchHit, SearchRequest, SearchResult, Version,
};
use crate::error::{ApiError, ApiResult};
use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::catalogue::{
    Content, ContentInput, LinkInput, LocalisedInput, ServiceInput, StepInput, StepTextInput,
};
use rust_decimal::Decimal;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::catalogue::ItemKind")]
pub enum CatalogueItemKind {
    /// Guidance on a practice.
    Guideline,
    /// A tool to use or download.
    Tool,
    /// An incident-response playbook with ordered steps.
    Playbook,
    /// Guidance on buying secure products and services.
    ProcurementGuidance,
    /// A course with training sessions.
    TrainingCourse,
    /// A voucher-eligible service of a verified service provider.
    Service,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::catalogue::Priority")]
pub enum CataloguePriority {
    /// Prevention.
    Prevention,
    /// Detection.
    Detection,
    /// Response and recovery.
    ResponseRecovery,
    /// Deterrence.
    Deterrence,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::catalogue::Phase")]
pub enum PlaybookPhase {
    /// Prepare.
    Prepare,
    /// Detect and analyse.
    DetectAnalyse,
    /// Contain.
    Contain,
    /// Eradicate.
    Eradicate,
    /// Recover.
    Recover,
    /// Lessons learned.
    LessonsLearned,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::catalogue::ItemStatus")]
pub enum CatalogueItemStatus {
    /// Never published: its authors only.
    Draft,
    /// The public sees its latest version.
    Published,
    /// Hidden from search; its versions stay readable.
    Retired,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::catalogue::DiffTag")]
pub enum DiffTag {
    /// On both sides.
    Same,
    /// Only in the newer side.
    Added,
    /// Only in the older side.
    Removed,
}

/// A link of an item: shown with its destination.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "CatalogueLinkInput")]
pub struct CatalogueLink {
    /// What the reader sees next to the destination.
    pub label: String,
    /// `https:` or `mailto:` only.
    pub url: String,
}

/// A playbook step as entered.
#[derive(InputObject)]
pub struct PlaybookStepInput {
    /// The incident-response phase.
    pub phase: PlaybookPhase,
    /// The step's title.
    pub title: String,
    /// Markdown, at most 20 KB.
    pub instructions: String,
}

/// A service offering as entered (`SERVICE` items only).
#[derive(InputObject)]
pub struct ServiceOfferingInput {
    /// Voucher service categories, e.g. `PENETRATION_TESTING`.
    pub categories: Vec<String>,
    /// Member states served (ISO codes).
    pub member_states: Vec<String>,
    /// Languages worked in (ISO 639-1).
    pub languages: Vec<String>,
    /// Indicative price, a decimal string.
    #[graphql(directive = super::scalars::amount::apply())]
    pub indicative_price: Decimal,
    /// ISO 4217.
    pub currency: String,
}

/// An item's content as entered: the language-neutral parts and the text in `language`.
#[derive(InputObject)]
pub struct CatalogueItemInput {
    /// ISO 639-1 code of the text given: one of the 24 official EU languages.
    pub language: String,
    /// One line, 1 to 200 characters.
    pub title: String,
    /// Plain text, 1 to 1,000 characters.
    pub summary: String,
    /// Markdown, at most 200 KB; no raw HTML, links `https:` or `mailto:` only.
    pub body: Option<String>,
    /// One or more.
    pub priorities: Vec<CataloguePriority>,
    /// Audience: healthcare types (none: any).
    pub healthcare_types: Option<Vec<HealthcareType>>,
    /// Audience: SME categories (none: any).
    pub sme_categories: Option<Vec<SmeCategory>>,
    /// Codes from ENISA's controlled list (`catalogueTopics`).
    pub topics: Option<Vec<String>>,
    /// At most 50.
    pub links: Option<Vec<CatalogueLink>>,
    /// Playbooks only: 1 to 50 ordered steps.
    pub steps: Option<Vec<PlaybookStepInput>>,
    /// `SERVICE` items only.
    pub service: Option<ServiceOfferingInput>,
}

fn content_input(i: CatalogueItemInput) -> ContentInput {
    ContentInput {
        priorities: i.priorities.into_iter().map(Into::into).collect(),
        healthcare_types: i
            .healthcare_types
            .unwrap_or_default()
            .into_iter()
            .map(Into::into)
            .collect(),
        sme_categories: i
            .sme_categories
            .unwrap_or_default()
            .into_iter()
            .map(Into::into)
            .collect(),
        topics: i.topics.unwrap_or_default(),
        links: i
            .links
            .unwrap_or_default()
            .into_iter()
            .map(|l| LinkInput {
                url: l.url,
                label: l.label,
            })
            .collect(),
        language: i.language,
        title: i.title,
        summary: i.summary,
        body: i.body.unwrap_or_default(),
        steps: i
            .steps
            .unwrap_or_default()
            .into_iter()
            .map(|s| StepInput {
                phase: s.phase.into(),
                title: s.title,
                instructions: s.instructions,
            })
            .collect(),
        service: i.service.map(|s| ServiceInput {
            categories: s.categories,
            member_states: s.member_states,
            languages: s.languages,
            price_amount: s.indicative_price,
            price_currency: s.currency,
        }),
    }
}

/// A translation as entered.
#[derive(InputObject)]
pub struct CatalogueTranslationInput {
    /// One line, 1 to 200 characters.
    pub title: String,
    /// Plain text, 1 to 1,000 characters.
    pub summary: String,
    /// Markdown, at most 200 KB.
    pub body: Option<String>,
    /// Playbooks: the text of every step, in order.
    pub steps: Option<Vec<StepTranslationInput>>,
}

fn translation_input(input: CatalogueTranslationInput) -> LocalisedInput {
    LocalisedInput {
        title: input.title,
        summary: input.summary,
        body: input.body.unwrap_or_default(),
        steps: input
            .steps
            .unwrap_or_default()
            .into_iter()
            .map(|s| StepTextInput {
                title: s.title,
                instructions: s.instructions,
            })
            .collect(),
    }
}

/// A playbook step's text in a translation.
#[derive(InputObject)]
pub struct StepTranslationInput {
    /// The step's title.
    pub title: String,
    /// Markdown, at most 20 KB.
    pub instructions: String,
}

/// A playbook step in the reader's language.
#[derive(SimpleObject)]
pub struct PlaybookStep {
    /// 1-based.
    pub number: u32,
    /// The phase.
    pub phase: PlaybookPhase,
    /// The title.
    pub title: String,
    /// Markdown.
    pub instructions: String,
}

/// Whom an item suits.
#[derive(SimpleObject)]
pub struct CatalogueAudience {
    /// Everyone (no restriction).
    pub everyone: bool,
    /// Healthcare types (empty: any).
    pub healthcare_types: Vec<HealthcareType>,
    /// SME categories (empty: any).
    pub sme_categories: Vec<SmeCategory>,
}

/// A service offering.
#[derive(SimpleObject)]
pub struct ServiceOffering {
    /// Voucher service categories covered.
    pub categories: Vec<String>,
    /// Member states served.
    pub member_states: Vec<String>,
    /// Languages worked in.
    pub languages: Vec<String>,
    /// Indicative price.
    pub indicative_price: Decimal,
    /// ISO 4217.
    pub currency: String,
}

/// A version's (or the draft's) content in the reader's language: asked → English → original.
pub struct CatalogueContent {
    content: Content,
    requested: Option<String>,
}

impl CatalogueContent {
    fn text(&self) -> ApiResult<domain::catalogue::Resolved<'_>> {
        Ok(domain::catalogue::resolve(
            &self.content,
            self.requested.as_deref(),
        )?)
    }
}

#[Object]
impl CatalogueContent {
    /// The language of the text given (ISO 639-1).
    async fn language(&self) -> ApiResult<String> {
        Ok(self.text()?.language.code().to_owned())
    }
    /// The language asked for, if any.
    async fn requested_language(&self) -> Option<String> {
        self.requested.clone()
    }
    /// Whether the text is in another language than the one asked for.
    async fn fallback(&self) -> ApiResult<bool> {
        Ok(self.text()?.is_fallback())
    }
    /// Every language the content exists in.
    async fn languages(&self) -> Vec<String> {
        self.content
            .languages()
            .iter()
            .map(|l| l.code().to_owned())
            .collect()
    }
    /// The language it was first written in.
    async fn original_language(&self) -> &str {
        self.content.original_language.code()
    }
    /// The title.
    async fn title(&self) -> ApiResult<String> {
        Ok(self.text()?.text.title.as_str().to_owned())
    }
    /// The summary (plain text).
    async fn summary(&self) -> ApiResult<String> {
        Ok(self.text()?.text.summary.as_str().to_owned())
    }
    /// The body (Markdown, checked safe).
    async fn body(&self) -> ApiResult<String> {
        Ok(self.text()?.text.body.as_str().to_owned())
    }
    /// Playbook steps in order (empty for other kinds).
    async fn steps(&self) -> ApiResult<Vec<PlaybookStep>> {
        let t = self.text()?;
        Ok(t.text
            .steps
            .iter()
            .zip(&self.content.phases)
            .enumerate()
            .map(|(i, (s, p))| PlaybookStep {
                number: i as u32 + 1,
                phase: (*p).into(),
                title: s.title.as_str().to_owned(),
                instructions: s.instructions.as_str().to_owned(),
            })
            .collect())
    }
    /// The priorities it serves.
    async fn priorities(&self) -> Vec<CataloguePriority> {
        self.content
            .facets
            .priorities
            .iter()
            .map(|p| (*p).into())
            .collect()
    }
    /// Whom it suits.
    async fn audience(&self) -> CatalogueAudience {
        match &self.content.facets.audience {
            domain::catalogue::Audience::All => CatalogueAudience {
                everyone: true,
                healthcare_types: vec![],
                sme_categories: vec![],
            },
            domain::catalogue::Audience::Only {
                healthcare_types,
                sme_categories,
            } => CatalogueAudience {
                everyone: false,
                healthcare_types: healthcare_types.iter().map(|t| (*t).into()).collect(),
                sme_categories: sme_categories.iter().map(|c| (*c).into()).collect(),
            },
        }
    }
    /// Topic codes.
    async fn topics(&self) -> Vec<String> {
        self.content
            .facets
            .topics
            .iter()
            .map(|t| t.as_str().to_owned())
            .collect()
    }
    /// Links, each with its destination.
    async fn links(&self) -> Vec<CatalogueLink> {
        self.content
            .links
            .iter()
            .map(|l| CatalogueLink {
                label: l.label.clone(),
                url: l.url.as_str().to_owned(),
            })
            .collect()
    }
    /// The service offering (`SERVICE` items).
    async fn service(&self) -> Option<ServiceOffering> {
        self.content.service.as_ref().map(|s| ServiceOffering {
            categories: s.categories.iter().map(|c| c.as_str().to_owned()).collect(),
            member_states: s
                .member_states
                .iter()
                .map(|m| m.code().to_owned())
                .collect(),
            languages: s.languages.iter().map(|l| l.code().to_owned()).collect(),
            indicative_price: s.indicative_price.amount(),
            currency: s.indicative_price.currency().code().to_owned(),
        })
    }
}

/// A published, immutable version.
pub struct CatalogueVersion {
    version: Version,
    requested: Option<String>,
}

#[Object]
impl CatalogueVersion {
    /// Numbered from 1, no gaps.
    async fn number(&self) -> u32 {
        self.version.number
    }
    /// What the publication changed.
    async fn change_note(&self) -> &str {
        self.version.change_note.as_str()
    }
    /// When it was published.
    async fn published_at(&self) -> DateTime<Utc> {
        self.version.published_at
    }
    /// Its content in the reader's language.
    async fn content(&self) -> CatalogueContent {
        CatalogueContent {
            content: self.version.content.clone(),
            requested: self.requested.clone(),
        }
    }
}

/// Why and when an item was retired or a service suspended.
#[derive(SimpleObject)]
pub struct CatalogueNotice {
    /// The reason given.
    pub reason: String,
    /// When.
    pub at: DateTime<Utc>,
}

/// One line of a field's diff.
#[derive(SimpleObject)]
pub struct DiffLine {
    /// Same, added or removed.
    pub tag: DiffTag,
    /// Line number on the older side.
    pub old_line: Option<u32>,
    /// Line number on the newer side.
    pub new_line: Option<u32>,
    /// The line's text.
    pub text: String,
}

/// The diff of one field.
#[derive(SimpleObject)]
pub struct FieldDiff {
    /// `title`, `summary`, `body`, `steps` or `links`.
    pub field: String,
    /// Whether it changed.
    pub changed: bool,
    /// Its lines.
    pub lines: Vec<DiffLine>,
}

/// The comparison of two versions (or a version and the draft) in one language.
#[derive(SimpleObject)]
pub struct CatalogueDiff {
    /// The older version.
    pub from: Option<u32>,
    /// The newer version; null for the draft.
    pub to: Option<u32>,
    /// The language compared.
    pub language: String,
    /// Whether the language exists in the older side.
    pub in_old: bool,
    /// Whether the language exists in the newer side.
    pub in_new: bool,
    /// Priorities, audience, topics or the service offering differ.
    pub facets_changed: bool,
    /// The fields.
    pub fields: Vec<FieldDiff>,
}

impl From<domain::catalogue::VersionDiff> for CatalogueDiff {
    fn from(d: domain::catalogue::VersionDiff) -> Self {
        Self {
            from: d.from,
            to: d.to,
            language: d.language.code().to_owned(),
            in_old: d.in_old,
            in_new: d.in_new,
            facets_changed: d.facets_changed,
            fields: d
                .fields
                .into_iter()
                .map(|f| FieldDiff {
                    field: f.field.to_owned(),
                    changed: f.changed,
                    lines: f
                        .lines
                        .into_iter()
                        .map(|l| DiffLine {
                            tag: l.tag.into(),
                            old_line: l.old_line.map(|n| n as u32),
                            new_line: l.new_line.map(|n| n as u32),
                            text: l.text,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// A catalogue item in the reader's language.
pub struct CatalogueItem {
    pub view: ItemView,
    pub requested: Option<String>,
}

#[Object]
impl CatalogueItem {
    /// Its id.
    async fn id(&self) -> ID {
        id(self.view.item.id)
    }
    /// What it is.
    async fn kind(&self) -> CatalogueItemKind {
        self.view.item.item.kind.into()
    }
    /// Draft, published or retired.
    async fn status(&self) -> CatalogueItemStatus {
        self.view.item.item.status.into()
    }
    /// What readers see: the published version, or (for its authors) the draft of an item
    /// never published.
    async fn current(&self) -> Option<CatalogueContent> {
        self.view.item.current().map(|c| CatalogueContent {
            content: c.clone(),
            requested: self.requested.clone(),
        })
    }
    /// The number of the version the public sees; null before the first publication.
    async fn version(&self) -> Option<u32> {
        self.view.item.item.published_version
    }
    /// When the version the public sees was published.
    async fn published_at(&self) -> Option<DateTime<Utc>> {
        self.view.item.published.as_ref().map(|v| v.published_at)
    }
    /// When it was first published.
    async fn first_published_at(&self) -> Option<DateTime<Utc>> {
        self.view.item.first_published_at
    }
    /// The change note of the version the public sees.
    async fn change_note(&self) -> Option<String> {
        self.view
            .item
            .published
            .as_ref()
            .map(|v| v.change_note.as_str().to_owned())
    }
    /// Whether the caller writes this item.
    async fn editable(&self) -> bool {
        self.view.author
    }
    /// The working draft (its authors only): the item while `DRAFT`, the next version while
    /// `PUBLISHED`.
    async fn draft(&self) -> Option<CatalogueContent> {
        let d = self
            .view
            .item
            .item
            .draft
            .as_ref()
            .filter(|_| self.view.author)?;
        Some(CatalogueContent {
            content: d.clone(),
            requested: self.requested.clone(),
        })
    }
    /// Why it was retired.
    async fn retirement(&self) -> Option<CatalogueNotice> {
        self.view
            .item
            .item
            .retirement
            .as_ref()
            .map(|r| CatalogueNotice {
                reason: r.reason.as_str().to_owned(),
                at: r.at,
            })
    }
    /// Why the service is suspended (ENISA, the provider and its agency only see a suspended
    /// service).
    async fn suspension(&self) -> Option<CatalogueNotice> {
        self.view
            .item
            .item
            .suspension
            .as_ref()
            .map(|s| CatalogueNotice {
                reason: s.reason.as_str().to_owned(),
                at: s.at,
            })
    }
    /// The service provider offering a `SERVICE` item.
    async fn provider_id(&self) -> Option<ID> {
        self.view.item.owner_organisation.map(id)
    }
    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.view.item.item.updated_at
    }
    /// Every published version, oldest first.
    async fn versions(&self, c: &Context<'_>) -> ApiResult<Vec<CatalogueVersion>> {
        let versions = catalogue::versions(ctx(c)?, &self.view).await?;
        Ok(versions
            .into_iter()
            .map(|version| CatalogueVersion {
                version,
                requested: self.requested.clone(),
            })
            .collect())
    }
    /// The diff between version `from` and version `to` (null: the draft, for its authors) in
    /// `language` (default: the newer side's original language).
    async fn diff(
        &self,
        c: &Context<'_>,
        from: u32,
        to: Option<u32>,
        language: Option<String>,
    ) -> ApiResult<CatalogueDiff> {
        let lang = language.as_deref().or(self.requested.as_deref());
        Ok(catalogue::diff(ctx(c)?, &self.view, from, to, lang)
            .await?
            .into())
    }
}

/// A piece of a highlighted fragment.
#[derive(SimpleObject)]
pub struct HighlightPiece {
    /// Plain text.
    pub text: String,
    /// Whether it matched the search.
    pub matched: bool,
}

/// A search hit: the item and the fragment that matched.
pub struct CatalogueHit {
    hit: SearchHit,
    requested: Option<String>,
}

#[Object]
impl CatalogueHit {
    /// The item, in the reader's language.
    async fn item(&self) -> CatalogueItem {
        CatalogueItem {
            view: self.hit.item.clone(),
            requested: self.requested.clone(),
        }
    }
    /// The fragment of the text that matched (null without a search text).
    async fn highlight(&self) -> Option<Vec<HighlightPiece>> {
        self.hit.highlight.as_ref().map(|p| {
            p.iter()
                .map(|p| HighlightPiece {
                    text: p.text.clone(),
                    matched: p.matched,
                })
                .collect()
        })
    }
}

/// How many items of the whole result have a facet's value.
#[derive(SimpleObject)]
pub struct FacetCount {
    /// `kind`, `priority`, `language`, `topic` or `audience`.
    pub facet: String,
    /// The value, e.g. `PLAYBOOK`, `DETECTION`, `de`, `ransomware`, `HOSPITAL`.
    pub value: String,
    /// Items in the result with it.
    pub count: u32,
}

/// The whole result's size and facet counts.
#[derive(SimpleObject)]
pub struct CatalogueResultFacts {
    /// Items in the whole result.
    pub total_count: u32,
    /// Facet counts of the whole result.
    pub facets: Vec<FacetCount>,
}

/// Facet filters; each list narrows (any of its values), an empty list does not.
#[derive(InputObject, Default)]
pub struct CatalogueFilter {
    /// Kinds.
    pub kinds: Option<Vec<CatalogueItemKind>>,
    /// Priorities.
    pub priorities: Option<Vec<CataloguePriority>>,
    /// Languages the item exists in.
    pub languages: Option<Vec<String>>,
    /// Healthcare types the item suits (items for everyone always match).
    pub audience: Option<Vec<HealthcareType>>,
    /// Topic codes.
    pub topics: Option<Vec<String>>,
}

fn search_request(
    search: Option<String>,
    language: Option<String>,
    filter: Option<CatalogueFilter>,
    first: Option<i32>,
    after: Option<String>,
) -> ApiResult<SearchRequest> {
    let f = filter.unwrap_or_default();
    let page = page_request(first, after)?;
    Ok(SearchRequest {
        text: search,
        language,
        kinds: f
            .kinds
            .unwrap_or_default()
            .into_iter()
            .map(Into::into)
            .collect(),
        priorities: f
            .priorities
            .unwrap_or_default()
            .into_iter()
            .map(Into::into)
            .collect(),
        languages: f.languages.unwrap_or_default(),
        audience: f
            .audience
            .unwrap_or_default()
            .into_iter()
            .map(Into::into)
            .collect(),
        topics: f.topics.unwrap_or_default(),
        first: page.first,
        after: page.after,
    })
}

type CatalogueConnection = Connection<String, CatalogueHit, CatalogueResultFacts>;

fn search_connection(r: SearchResult, language: Option<String>) -> CatalogueConnection {
    let facets = r
        .facets
        .iter()
        .map(|((f, v), n)| FacetCount {
            facet: (*f).to_owned(),
            value: v.clone(),
            count: *n,
        })
        .collect();
    let facts = CatalogueResultFacts {
        total_count: r.total,
        facets,
    };
    let mut conn = Connection::with_additional_fields(r.has_previous, r.has_next, facts);
    conn.edges.extend(r.hits.into_iter().map(|hit| {
        let cursor = encode_cursor(hit.item.item.id);
        Edge::new(
            cursor,
            CatalogueHit {
                hit,
                requested: language.clone(),
            },
        )
    }));
    conn
}

#[derive(Default)]
pub struct CatalogueQuery;

#[Object]
impl CatalogueQuery {
    /// Searches the published catalogue (anyone, anonymous included): full text over title,
    /// summary and body in the reader's `language`, ranked, with the matching fragment; facet
    /// filters; the whole result's facet counts; Relay paging.
    async fn catalogue(
        &self,
        c: &Context<'_>,
        search: Option<String>,
        language: Option<String>,
        filter: Option<CatalogueFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<CatalogueConnection> {
        let req = search_request(search, language.clone(), filter, first, after)?;
        Ok(search_connection(
            catalogue::search(ctx(c)?, req).await?,
            language,
        ))
    }

    /// One item in `language` (else English, else its original language). Drafts are visible
    /// to their authors only: anyone else gets `NOT_FOUND`, as for a missing item.
    async fn catalogue_item(
        &self,
        c: &Context<'_>,
        id: ID,
        language: Option<String>,
    ) -> ApiResult<CatalogueItem> {
        if let Some(l) = &language {
            domain::language::Language::parse(l)
                .map_err(|e| ApiError::validation("language", e.message))?;
        }
        let id = super::scalars::lookup_id(&id).ok_or(ApiError::NotFound)?;
        Ok(CatalogueItem {
            view: catalogue::find(ctx(c)?, id).await?,
            requested: language,
        })
    }

    /// The items the caller writes (ENISA staff: every item; a service provider: its own
    /// services), newest first.
    async fn my_catalogue_items(
        &self,
        c: &Context<'_>,
        status: Option<CatalogueItemStatus>,
    ) -> ApiResult<Vec<CatalogueItem>> {
        let items = catalogue::authored(ctx(c)?, status.map(Into::into)).await?;
        Ok(items
            .into_iter()
            .map(|view| CatalogueItem {
                view,
                requested: None,
            })
            .collect())
    }

    /// ENISA's controlled list of topic codes.
    async fn catalogue_topics(&self, c: &Context<'_>) -> ApiResult<Vec<String>> {
        catalogue::topics(ctx(c)?).await
    }

    /// The published services that match a voucher the caller sees (its service categories
    /// and member state).
    async fn matching_services(
        &self,
        c: &Context<'_>,
        voucher_id: ID,
        language: Option<String>,
    ) -> ApiResult<Vec<CatalogueItem>> {
        let items =
            catalogue::services_for_voucher(ctx(c)?, parse_id("voucherId", &voucher_id)?).await?;
        Ok(items
            .into_iter()
            .map(|view| CatalogueItem {
                view,
                requested: language.clone(),
            })
            .collect())
    }
}

#[derive(Default)]
pub struct CatalogueMutation;

fn item(view: ItemView) -> CatalogueItem {
    CatalogueItem {
        view,
        requested: None,
    }
}

#[Object]
impl CatalogueMutation {
    /// Creates a `DRAFT` item: ENISA staff any kind but `SERVICE`; a verified service provider
    /// `SERVICE` items of its own.
    async fn create_catalogue_item(
        &self,
        c: &Context<'_>,
        kind: CatalogueItemKind,
        input: CatalogueItemInput,
    ) -> ApiResult<CatalogueItem> {
        Ok(item(
            catalogue::create(ctx(c)?, kind.into(), content_input(input)).await?,
        ))
    }

    /// Replaces the working copy (the language-neutral parts and the text in
    /// `input.language`). On a published item this makes a draft of the next version beside
    /// the published one.
    async fn update_catalogue_item(
        &self,
        c: &Context<'_>,
        id: ID,
        input: CatalogueItemInput,
    ) -> ApiResult<CatalogueItem> {
        Ok(item(
            catalogue::update(ctx(c)?, parse_id("id", &id)?, content_input(input)).await?,
        ))
    }

    /// Adds or replaces the translation into `language` of the working copy.
    async fn translate_catalogue_item(
        &self,
        c: &Context<'_>,
        id: ID,
        language: String,
        input: CatalogueTranslationInput,
    ) -> ApiResult<CatalogueItem> {
        let text = translation_input(input);
        Ok(item(
            catalogue::translate(ctx(c)?, parse_id("id", &id)?, &language, text).await?,
        ))
    }

    /// Publishes the draft as the next immutable, numbered version with a change note.
    async fn publish_catalogue_item(
        &self,
        c: &Context<'_>,
        id: ID,
        change_note: String,
    ) -> ApiResult<CatalogueItem> {
        Ok(item(
            catalogue::publish(ctx(c)?, parse_id("id", &id)?, &change_note).await?,
        ))
    }

    /// Retires a published item with a reason: hidden from search, versions kept.
    async fn retire_catalogue_item(
        &self,
        c: &Context<'_>,
        id: ID,
        reason: String,
    ) -> ApiResult<CatalogueItem> {
        Ok(item(
            catalogue::retire(ctx(c)?, parse_id("id", &id)?, &reason).await?,
        ))
    }

    /// Drops the pending draft of a published item; the published version stays as it is.
    async fn discard_catalogue_draft(&self, c: &Context<'_>, id: ID) -> ApiResult<CatalogueItem> {
        Ok(item(
            catalogue::discard_draft(ctx(c)?, parse_id("id", &id)?).await?,
        ))
    }

    /// Suspends a published service with a reason (ENISA, or the provider's agency).
    async fn suspend_catalogue_service(
        &self,
        c: &Context<'_>,
        id: ID,
        reason: String,
    ) -> ApiResult<CatalogueItem> {
        Ok(item(
            catalogue::suspend(ctx(c)?, parse_id("id", &id)?, Some(&reason)).await?,
        ))
    }

    /// Lifts a service's suspension (ENISA, or the provider's agency).
    async fn lift_catalogue_service_suspension(
        &self,
        c: &Context<'_>,
        id: ID,
    ) -> ApiResult<CatalogueItem> {
        Ok(item(
            catalogue::suspend(ctx(c)?, parse_id("id", &id)?, None).await?,
        ))
    }

    /// Adds a topic to ENISA's controlled list; returns the list.
    async fn define_catalogue_topic(
        &self,
        c: &Context<'_>,
        code: String,
    ) -> ApiResult<Vec<String>> {
        catalogue::define_topic(ctx(c)?, &code).await
    }
}
