//! The support centre's catalogue (`docs/catalogue.md`): ENISA publishes guidelines, tools,
//! playbooks, procurement guidance and training courses; verified service providers publish
//! their `SERVICE` items; anyone searches what is published. Drafts are seen by their authors
//! only (ENISA, or the owning provider for a `SERVICE` item): to anyone else an unpublished
//! item is `NOT_FOUND`, exactly like a missing one.
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use crate::store::catalogue::{self as repo, SearchQuery};
use crate::store::write::Audit;
use domain::account::{Role, Scope};
use domain::audit::{EU_CHAIN, member_state_chain};
use domain::catalogue::highlight::{Piece, fragment, search_words};
use domain::catalogue::{
    self as rules, Content, ContentInput, ItemKind, ItemStatus, LocalisedInput, Owner,
    ServiceListing, Suspender, Topic, VersionDiff, VoucherNeed,
};
use domain::language::Language;
use domain::organisation::{OrganisationKind, OrganisationStatus};
use std::collections::BTreeMap;
use uuid::Uuid;

/// What this capability reads, for the transports.
pub use crate::store::catalogue::CatalogueItem;
pub use domain::catalogue::Version;

/// An item as the caller may see it: `author` says whether the caller writes it (and so sees
/// its draft).
#[derive(Debug, Clone)]
pub struct ItemView {
    pub item: CatalogueItem,
    pub author: bool,
}

/// A public search as asked: the text, the reader's language and the facet filters.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub text: Option<String>,
    pub language: Option<String>,
    pub kinds: Vec<ItemKind>,
    pub priorities: Vec<rules::Priority>,
    pub languages: Vec<String>,
    pub audience: Vec<domain::organisation::HealthcareType>,
    pub topics: Vec<String>,
    pub first: u64,
    pub after: Option<Uuid>,
}

/// One hit: the item and the fragment of its text (in the reader's language) that matched.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub item: ItemView,
    pub highlight: Option<Vec<Piece>>,
}

/// A page of the result with the facet counts of the whole result.
#[derive(Debug, Clone)]
pub struct SearchResult {
    pub hits: Vec<SearchHit>,
    pub total: u32,
    pub has_next: bool,
    pub has_previous: bool,
    /// `(facet, value) → count` for `kind`, `priority`, `language`, `topic`, `audience`.
    pub facets: BTreeMap<(&'static str, String), u32>,
}

fn chain(item: &CatalogueItem) -> String {
    item.provider_member_state
        .map_or_else(|| EU_CHAIN.to_owned(), member_state_chain)
}

/// Whether the caller writes this item: ENISA staff write ENISA's items, a service provider
/// its own `SERVICE` items.
fn writes(ctx: &Ctx, item: &CatalogueItem) -> bool {
    let Some(p) = &ctx.caller.principal else {
        return false;
    };
    match (p.role, item.item.owner, p.scope) {
        (Role::EnisaStaff, Owner::Enisa, _) => true,
        (Role::ServiceProvider, Owner::ServiceProvider(owner), Scope::Organisation { id, .. }) => {
            owner == id
        }
        _ => false,
    }
}

/// Whether the caller may read this item: its authors always; ENISA staff every item; the
/// agency of a suspended service's provider; anyone a published or retired item that is not
/// suspended.
fn reads(ctx: &Ctx, item: &CatalogueItem) -> bool {
    if writes(ctx, item) {
        return true;
    }
    let role = ctx.caller.principal.as_ref().map(|p| p.role);
    if role == Some(Role::EnisaStaff) {
        return true;
    }
    if item.item.suspension.is_some() {
        return matches!((ctx.scope(), item.provider_member_state),
            (Scope::MemberState(ms), Some(p)) if ms == p);
    }
    item.item.status != ItemStatus::Draft
}

fn parse_language(code: &str) -> ApiResult<Language> {
    Language::parse(code).map_err(|e| ApiError::validation("language", e.message))
}

/// The public search: full text in the reader's language (ranked, with the matching fragment),
/// facet filters, facet counts of the whole result, and a page of it.
pub async fn search(ctx: &Ctx, req: SearchRequest) -> ApiResult<SearchResult> {
    ctx.permit(Action::CatalogueRead).await?;
    let language = req.language.as_deref().map(parse_language).transpose()?;
    for (i, l) in req.languages.iter().enumerate() {
        parse_language(l).map_err(|e| e.under(&format!("filter.languages[{i}]")))?;
    }
    let words = req.text.as_deref().map(search_words).unwrap_or_default();
    let q = SearchQuery {
        words: words.clone(),
        language,
        kinds: req.kinds.iter().map(|k| k.as_str().to_owned()).collect(),
        priorities: req
            .priorities
            .iter()
            .map(|p| p.as_str().to_owned())
            .collect(),
        languages: req.languages.iter().map(|l| l.to_lowercase()).collect(),
        audience: req.audience.iter().map(|a| a.as_str().to_owned()).collect(),
        topics: req.topics.clone(),
    };
    let hits = repo::search(ctx.store().db(), &q).await?;
    let mut facets = BTreeMap::new();
    for (name, column) in [
        (
            "kind",
            hits.iter()
                .map(|h| format!(",{},", h.kind))
                .collect::<Vec<_>>(),
        ),
        (
            "priority",
            hits.iter().map(|h| h.priorities.clone()).collect(),
        ),
        (
            "language",
            hits.iter().map(|h| h.languages.clone()).collect(),
        ),
        ("topic", hits.iter().map(|h| h.topics.clone()).collect()),
        (
            "audience",
            hits.iter().map(|h| h.audience_types.clone()).collect(),
        ),
    ] {
        for (value, n) in repo::facet_counts(column.iter().map(String::as_str)) {
            facets.insert((name, value), n);
        }
    }
    let start = match req.after {
        None => 0,
        Some(after) => hits
            .iter()
            .position(|h| h.id == after)
            .map(|p| p + 1)
            .ok_or_else(|| ApiError::validation("after", "is not a cursor of this result"))?,
    };
    let page: Vec<Uuid> = hits
        .iter()
        .skip(start)
        .take(req.first as usize)
        .map(|h| h.id)
        .collect();
    let mut loaded = repo::get_many(ctx.store().db(), &page).await?;
    loaded.sort_by_key(|i| page.iter().position(|id| *id == i.id));
    let out = loaded
        .into_iter()
        .map(|item| {
            let highlight = highlight_of(&item, language, &words);
            SearchHit {
                highlight,
                item: ItemView {
                    author: writes(ctx, &item),
                    item,
                },
            }
        })
        .collect();
    Ok(SearchResult {
        hits: out,
        total: u32::try_from(hits.len()).unwrap_or(u32::MAX),
        has_next: start + (req.first as usize) < hits.len(),
        has_previous: start > 0,
        facets,
    })
}

fn highlight_of(
    item: &CatalogueItem,
    language: Option<Language>,
    words: &[String],
) -> Option<Vec<Piece>> {
    if words.is_empty() {
        return None;
    }
    let content = item.published.as_ref().map(|v| &v.content)?;
    let resolved = rules::resolve(content, language.map(|l| l.code())).ok()?;
    let t = resolved.text;
    fragment(t.summary.as_str(), words, 8, 16)
        .or_else(|| fragment(t.body.as_str(), words, 8, 16))
        .or_else(|| {
            t.steps
                .iter()
                .find_map(|s| fragment(s.instructions.as_str(), words, 8, 16))
        })
        .or_else(|| fragment(t.title.as_str(), words, 8, 16))
}

/// One item the caller may read; `NOT_FOUND` otherwise (a probe of a hidden item is audited).
pub async fn find(ctx: &Ctx, id: Uuid) -> ApiResult<ItemView> {
    ctx.permit(Action::CatalogueRead).await?;
    match repo::get(ctx.store().db(), id).await? {
        Some(item) if reads(ctx, &item) => Ok(ItemView {
            author: writes(ctx, &item),
            item,
        }),
        other => Err(ctx
            .not_found(Action::CatalogueRead, "CatalogueItem", id, other.is_some())
            .await),
    }
}

/// Every published version of an item the caller reads, oldest first.
pub async fn versions(ctx: &Ctx, view: &ItemView) -> ApiResult<Vec<Version>> {
    Ok(repo::versions(ctx.store().db(), view.item.id).await?)
}

/// The diff between two versions (`to` `None`: the draft, for its authors) in `language`.
pub async fn diff(
    ctx: &Ctx,
    view: &ItemView,
    from: u32,
    to: Option<u32>,
    language: Option<&str>,
) -> ApiResult<VersionDiff> {
    let versions = versions(ctx, view).await?;
    let pick = |n: u32, field: &str| {
        versions
            .iter()
            .find(|v| v.number == n)
            .ok_or_else(|| ApiError::validation(field, format!("there is no version {n}")))
    };
    let old = pick(from, "from")?;
    match to {
        Some(n) => Ok(rules::diff_versions(old, pick(n, "to")?, language)?),
        None => {
            let draft = view
                .item
                .item
                .draft
                .as_ref()
                .filter(|_| view.author)
                .ok_or_else(|| ApiError::validation("to", "there is no draft to compare"))?;
            Ok(rules::diff_contents(
                &old.content,
                draft,
                language,
                Some(from),
                None,
            )?)
        }
    }
}

/// The items the caller writes (ENISA: all of ENISA's and the providers'; a provider: its own
/// `SERVICE` items), newest first, optionally by status.
pub async fn authored(ctx: &Ctx, status: Option<ItemStatus>) -> ApiResult<Vec<ItemView>> {
    let p = ctx.authorize(Action::CatalogueWorkspace).await?;
    let owner = match p.scope {
        Scope::Organisation { id, .. } => Some(id),
        _ => None,
    };
    let ids = repo::authored(ctx.store().db(), owner, status.map(ItemStatus::as_str)).await?;
    let mut items = repo::get_many(ctx.store().db(), &ids).await?;
    items.sort_by_key(|i| ids.iter().position(|id| *id == i.id));
    Ok(items
        .into_iter()
        .map(|item| ItemView {
            author: writes(ctx, &item),
            item,
        })
        .collect())
}

/// ENISA's controlled list of topics.
pub async fn topics(ctx: &Ctx) -> ApiResult<Vec<String>> {
    ctx.permit(Action::CatalogueRead).await?;
    let list = repo::topics(ctx.store().db()).await?;
    Ok(list.iter().map(|t| t.as_str().to_owned()).collect())
}

/// ENISA staff add a topic to the controlled list.
pub async fn define_topic(ctx: &Ctx, code: &str) -> ApiResult<Vec<String>> {
    ctx.authorize(Action::CatalogueTopicDefine).await?;
    let topic = Topic::define(code)?;
    let audit = Audit::new(
        EU_CHAIN.to_owned(),
        Action::CatalogueTopicDefine.name(),
        "CatalogueTopic",
        topic.as_str(),
    );
    repo::define_topic(ctx.store(), &ctx.actor(), ctx.now(), topic.as_str(), audit).await?;
    topics(ctx).await
}

/// An item the caller writes, for `action`; otherwise an (audited) `NOT_FOUND`.
async fn written(ctx: &Ctx, action: Action, id: Uuid) -> ApiResult<CatalogueItem> {
    ctx.authorize(action).await?;
    match repo::get(ctx.store().db(), id).await? {
        Some(item) if writes(ctx, &item) => Ok(item),
        other => Err(ctx
            .not_found(action, "CatalogueItem", id, other.is_some())
            .await),
    }
}

/// Writes the next state of an item, with its new version if one was published.
async fn save(
    ctx: &Ctx,
    action: Action,
    before: CatalogueItem,
    next: rules::Item,
    version: Option<Version>,
    detail: serde_json::Value,
) -> ApiResult<ItemView> {
    let audit =
        Audit::new(chain(&before), action.name(), "CatalogueItem", before.id).detail(detail);
    let saved = repo::save(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        &before,
        &next,
        version.as_ref(),
        audit,
    )
    .await?;
    if !saved {
        return Err(ApiError::transition(
            "status: the item changed meanwhile; reload and retry",
        ));
    }
    let item = repo::get(ctx.store().db(), before.id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(ItemView { author: true, item })
}

/// Creates a `DRAFT`: ENISA staff any kind but `SERVICE`; a verified service provider a
/// `SERVICE` item of its own.
pub async fn create(ctx: &Ctx, kind: ItemKind, input: ContentInput) -> ApiResult<ItemView> {
    let p = ctx.authorize(Action::CatalogueCreate).await?;
    let owner = match (p.role, p.scope) {
        (Role::ServiceProvider, Scope::Organisation { id, .. }) => {
            let org = crate::store::organisations::get(ctx.store().db(), id)
                .await?
                .ok_or(ApiError::NotFound)?;
            if org.kind != OrganisationKind::ServiceProvider
                || org.status != OrganisationStatus::Verified
            {
                return Err(ApiError::transition(
                    "organisation: only a verified service provider publishes services",
                ));
            }
            Some((id, org.member_state))
        }
        _ => None,
    };
    let topics = repo::topics(ctx.store().db()).await?;
    let content = Content::parse(kind, &input, &topics)?;
    let domain_owner = owner.map_or(Owner::Enisa, |(id, _)| Owner::ServiceProvider(id));
    let item = rules::create(kind, domain_owner, content, ctx.now())?;
    let id = Uuid::now_v7();
    let chain = owner.map_or_else(|| EU_CHAIN.to_owned(), |(_, ms)| member_state_chain(ms));
    let audit = Audit::new(chain, Action::CatalogueCreate.name(), "CatalogueItem", id)
        .detail(serde_json::json!({ "kind": kind.as_str() }));
    repo::create(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        id,
        &item,
        owner,
        audit,
    )
    .await?;
    let item = repo::get(ctx.store().db(), id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(ItemView { author: true, item })
}

/// The working copy an edit starts from: the draft, else the published version.
fn working(item: &CatalogueItem) -> ApiResult<&Content> {
    item.item
        .draft
        .as_ref()
        .or(item.published.as_ref().map(|v| &v.content))
        .ok_or_else(|| ApiError::internal("an item without content"))
}

/// Replaces the working copy. On a published item this starts (or replaces) the draft of the
/// next version beside the published one; the public keeps seeing the published version.
pub async fn update(ctx: &Ctx, id: Uuid, input: ContentInput) -> ApiResult<ItemView> {
    let before = written(ctx, Action::CatalogueUpdate, id).await?;
    let topics = repo::topics(ctx.store().db()).await?;
    let content = working(&before)?.revise(before.item.kind, &input, &topics)?;
    let next = rules::edit(&before.item, content, ctx.now())?;
    save(
        ctx,
        Action::CatalogueUpdate,
        before,
        next,
        None,
        serde_json::json!({}),
    )
    .await
}

/// Adds or replaces the text in one language of the working copy.
pub async fn translate(
    ctx: &Ctx,
    id: Uuid,
    language: &str,
    input: LocalisedInput,
) -> ApiResult<ItemView> {
    let before = written(ctx, Action::CatalogueTranslate, id).await?;
    let content = working(&before)?.translate(language, &input)?;
    let next = rules::edit(&before.item, content, ctx.now())?;
    let detail = serde_json::json!({ "language": language.to_lowercase() });
    save(ctx, Action::CatalogueTranslate, before, next, None, detail).await
}

/// Freezes the draft as the next numbered version with its change note.
pub async fn publish(ctx: &Ctx, id: Uuid, change_note: &str) -> ApiResult<ItemView> {
    let before = written(ctx, Action::CataloguePublish, id).await?;
    let (next, version) = rules::publish(&before.item, change_note, ctx.now())?;
    let detail = serde_json::json!({ "version": version.number });
    save(
        ctx,
        Action::CataloguePublish,
        before,
        next,
        Some(version),
        detail,
    )
    .await
}

/// Retires a published item with a reason: hidden from search, its versions kept.
pub async fn retire(ctx: &Ctx, id: Uuid, reason: &str) -> ApiResult<ItemView> {
    let before = written(ctx, Action::CatalogueRetire, id).await?;
    let next = rules::retire(&before.item, reason, ctx.now())?;
    save(
        ctx,
        Action::CatalogueRetire,
        before,
        next,
        None,
        serde_json::json!({}),
    )
    .await
}

/// Drops the pending draft of a published item; the public keeps the published version.
pub async fn discard_draft(ctx: &Ctx, id: Uuid) -> ApiResult<ItemView> {
    let before = written(ctx, Action::CatalogueDiscardDraft, id).await?;
    let next = rules::discard_draft(&before.item, ctx.now())?;
    save(
        ctx,
        Action::CatalogueDiscardDraft,
        before,
        next,
        None,
        serde_json::json!({}),
    )
    .await
}

/// ENISA staff, or the agency of the provider's member state, suspend a published service
/// (`lift`: lift the suspension).
pub async fn suspend(ctx: &Ctx, id: Uuid, reason: Option<&str>) -> ApiResult<ItemView> {
    let p = ctx.authorize(Action::CatalogueSuspend).await?;
    let ms = match p.scope {
        Scope::MemberState(ms) => Some(ms),
        _ => None,
    };
    let by = Suspender::for_role(p.role, ms).ok_or(ApiError::Forbidden)?;
    let before = match repo::get(ctx.store().db(), id).await? {
        Some(item)
            if reads(ctx, &item)
                || item
                    .provider_member_state
                    .is_some_and(|s| by.may_suspend(s)) =>
        {
            item
        }
        other => {
            return Err(ctx
                .not_found(
                    Action::CatalogueSuspend,
                    "CatalogueItem",
                    id,
                    other.is_some(),
                )
                .await);
        }
    };
    let provider_state = before
        .provider_member_state
        .ok_or_else(|| ApiError::transition("kind: only SERVICE items can be suspended"))?;
    let next = match reason {
        Some(r) => rules::suspend(&before.item, provider_state, by, r, ctx.now())?,
        None => rules::lift_suspension(&before.item, provider_state, by, ctx.now())?,
    };
    let detail = serde_json::json!({ "suspended": reason.is_some() });
    let mut view = save(ctx, Action::CatalogueSuspend, before, next, None, detail).await?;
    view.author = writes(ctx, &view.item);
    Ok(view)
}

/// The published services that match a voucher the caller sees: its programme's service
/// categories and its member state, from verified providers, not suspended.
pub async fn services_for_voucher(ctx: &Ctx, voucher: Uuid) -> ApiResult<Vec<ItemView>> {
    ctx.authorize(Action::CatalogueServicesForVoucher).await?;
    let Some(v) = super::vouchers::find(ctx, voucher).await? else {
        return Err(ApiError::NotFound);
    };
    let programme = crate::store::programmes::get(ctx.store().db(), v.program_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let need = VoucherNeed {
        categories: programme.rules.service_categories.clone(),
        member_state: v.member_state,
    };
    let services = repo::public_services(ctx.store().db()).await?;
    let listings: Vec<ServiceListing<'_>> = services
        .iter()
        .filter_map(|(item, verified)| {
            Some(ServiceListing {
                item_id: item.id,
                provider_id: item.owner_organisation?,
                provider_verified: *verified,
                status: item.item.status,
                suspended: item.item.suspension.is_some(),
                offering: item.published.as_ref()?.content.service.as_ref()?,
            })
        })
        .collect();
    let ids: Vec<Uuid> = rules::matching_services(&listings, &need)
        .iter()
        .map(|l| l.item_id)
        .collect();
    Ok(services
        .into_iter()
        .filter(|(i, _)| ids.contains(&i.id))
        .map(|(item, _)| ItemView {
            author: writes(ctx, &item),
            item,
        })
        .collect())
}

/// The IRI of the catalogue in the DCAT-AP export (minted like the theme IRIs).
pub const CATALOGUE_IRI: &str = "https://w3id.org/cyberhealth/catalogue";

/// The published catalogue as DCAT-AP JSON-LD: one `dcat:Resource` per public item.
pub async fn export(ctx: &Ctx) -> ApiResult<serde_json::Value> {
    ctx.permit(Action::CatalogueExport).await?;
    let items = repo::public_items(ctx.store().db()).await?;
    let resources: Vec<rules::dcat::DcatResource> = items
        .iter()
        .filter_map(|i| {
            let v = i.published.as_ref()?;
            rules::dcat::DcatResource::of(
                format!("{CATALOGUE_IRI}/item/{}", i.id),
                None,
                &i.item,
                v,
                i.first_published_at.unwrap_or(v.published_at),
            )
        })
        .collect();
    let en = Language::parse("en").map_err(|e| ApiError::internal(e.message))?;
    let record = rules::dcat::CatalogueRecord {
        iri: CATALOGUE_IRI.to_owned(),
        titles: BTreeMap::from([(en, "ENISA health-sector support centre catalogue".to_owned())]),
        descriptions: BTreeMap::from([(
            en,
            "Guidelines, tools, playbooks, procurement guidance, training and services for hospitals and healthcare providers.".to_owned(),
        )]),
        publisher_iri: "https://www.enisa.europa.eu/".to_owned(),
        publisher_name: "European Union Agency for Cybersecurity (ENISA)".to_owned(),
        homepage: None,
    };
    Ok(rules::dcat::catalogue_document(&record, &resources))
}
