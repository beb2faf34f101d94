//! The catalogue's SQL: items (their workflow state as the domain's `Item`, plus the columns
//! search filters on), immutable versions with their texts per language, ENISA's topic list,
//! and the full-text index of what the public sees. The index is the database's own engine:
//! FTS5 on SQLite, a `tsvector` with a GIN index on PostgreSQL (`docs/catalogue.md`).
use super::audit::Actor;
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::catalogue::{Content, Item, ItemKind, TopicList, Version};
use domain::language::Language;
use domain::member_state::MemberState;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, QueryResult, Statement, Value};
use std::collections::BTreeMap;
use uuid::Uuid;

/// An item as the store keeps it: the domain state, who owns it, and the version the public
/// sees.
#[derive(Debug, Clone)]
pub struct CatalogueItem {
    pub id: Uuid,
    pub item: Item,
    /// Bumped by every change; a change is a conditional update on it.
    pub revision: i32,
    /// The service provider of a `SERVICE` item.
    pub owner_organisation: Option<Uuid>,
    pub provider_member_state: Option<MemberState>,
    pub first_published_at: Option<DateTime<Utc>>,
    /// The version the public sees, if any.
    pub published: Option<Version>,
}

impl CatalogueItem {
    /// The content readers see: the published version, else (for authors) the draft.
    pub fn current(&self) -> Option<&Content> {
        self.published
            .as_ref()
            .map(|v| &v.content)
            .or(self.item.draft.as_ref())
    }
}

/// One search hit before paging: enough to count facets and order the result.
#[derive(Debug, Clone)]
pub struct Hit {
    pub id: Uuid,
    pub kind: String,
    pub priorities: String,
    pub topics: String,
    pub languages: String,
    pub audience_types: String,
}

/// What the public search asks for. Every list narrows; an empty list does not filter.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// The words searched for (already split into words); empty: no text search.
    pub words: Vec<String>,
    /// The reader's language: the text searched per item is the one the reader gets.
    pub language: Option<Language>,
    pub kinds: Vec<String>,
    pub priorities: Vec<String>,
    pub languages: Vec<String>,
    pub audience: Vec<String>,
    pub topics: Vec<String>,
}

/// A statement with `$n` placeholders on either backend (SQLite reads them as `?n`).
pub fn statement(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = match backend {
        DbBackend::Sqlite => sql.replace('$', "?"),
        _ => sql.to_owned(),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

fn corrupt(id: Uuid, what: &str) -> StoreError {
    StoreError::Corrupt(format!("catalogue item {id}: bad {what}"))
}

/// `",a,b,"`: a set in one column, searchable with `LIKE '%,a,%'`.
pub fn set_column<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = items.collect();
    if v.is_empty() {
        String::new()
    } else {
        format!(",{},", v.join(","))
    }
}

const ITEM_COLUMNS: &str = "i.id, i.state, i.revision, i.owner_organisation_id, \
     i.provider_member_state, i.first_published_at, v.content AS v_content, \
     v.change_note AS v_note, v.published_at AS v_at, v.number AS v_number";

fn item_of(r: &QueryResult) -> Result<CatalogueItem, StoreError> {
    let id: Uuid = r.try_get("", "id")?;
    let state: String = r.try_get("", "state")?;
    let item: Item = serde_json::from_str(&state).map_err(|_| corrupt(id, "state"))?;
    let content: Option<String> = r.try_get("", "v_content")?;
    let published = match content {
        None => None,
        Some(c) => Some(Version {
            number: u32::try_from(r.try_get::<i32>("", "v_number")?)
                .map_err(|_| corrupt(id, "version"))?,
            content: serde_json::from_str(&c).map_err(|_| corrupt(id, "version"))?,
            change_note: domain::catalogue::ChangeNote::parse(&r.try_get::<String>("", "v_note")?)
                .map_err(|_| corrupt(id, "change note"))?,
            published_at: r.try_get("", "v_at")?,
        }),
    };
    let ms: Option<String> = r.try_get("", "provider_member_state")?;
    Ok(CatalogueItem {
        id,
        item,
        revision: r.try_get("", "revision")?,
        owner_organisation: r.try_get("", "owner_organisation_id")?,
        provider_member_state: ms
            .map(|m| MemberState::parse(&m))
            .transpose()
            .map_err(|_| corrupt(id, "member state"))?,
        first_published_at: r.try_get("", "first_published_at")?,
        published,
    })
}

fn placeholders(from: usize, n: usize) -> String {
    (from..from + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Items by id, without scope (the action decides who sees what), in no particular order.
pub async fn get_many<C: ConnectionTrait>(
    conn: &C,
    ids: &[Uuid],
) -> Result<Vec<CatalogueItem>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {ITEM_COLUMNS} FROM catalogue_item i LEFT JOIN catalogue_version v \
         ON v.item_id = i.id AND v.number = i.published_version WHERE i.id IN ({})",
        placeholders(1, ids.len())
    );
    let values = ids.iter().map(|id| Value::from(*id)).collect();
    conn.query_all_raw(statement(conn.get_database_backend(), &sql, values))
        .await?
        .iter()
        .map(item_of)
        .collect()
}

/// One item by id, without scope.
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
) -> Result<Option<CatalogueItem>, StoreError> {
    Ok(get_many(conn, &[id]).await?.into_iter().next())
}

/// Every published version of an item, oldest first.
pub async fn versions(db: &DatabaseConnection, id: Uuid) -> Result<Vec<Version>, StoreError> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            "SELECT number, content, change_note, published_at FROM catalogue_version \
             WHERE item_id = $1 ORDER BY number",
            vec![id.into()],
        ))
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Version {
                number: u32::try_from(r.try_get::<i32>("", "number")?)
                    .map_err(|_| corrupt(id, "version"))?,
                content: serde_json::from_str(&r.try_get::<String>("", "content")?)
                    .map_err(|_| corrupt(id, "version"))?,
                change_note: domain::catalogue::ChangeNote::parse(
                    &r.try_get::<String>("", "change_note")?,
                )
                .map_err(|_| corrupt(id, "change note"))?,
                published_at: r.try_get("", "published_at")?,
            })
        })
        .collect()
}

/// ENISA's controlled list of topics.
pub async fn topics<C: ConnectionTrait>(conn: &C) -> Result<TopicList, StoreError> {
    let rows = conn
        .query_all_raw(statement(
            conn.get_database_backend(),
            "SELECT code FROM catalogue_topic ORDER BY code",
            vec![],
        ))
        .await?;
    let codes: Vec<String> = rows
        .iter()
        .map(|r| r.try_get::<String>("", "code"))
        .collect::<Result<_, _>>()?;
    TopicList::new(codes.iter().map(String::as_str))
        .map_err(|e| StoreError::Corrupt(format!("topic list: {e}")))
}

/// Adds a topic to the controlled list (nothing when it is there already).
pub async fn define_topic(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    code: &str,
    audit: Audit,
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    let backend = tx.get_database_backend();
    let exists = tx
        .query_one_raw(statement(
            backend,
            "SELECT code FROM catalogue_topic WHERE code = $1",
            vec![code.into()],
        ))
        .await?
        .is_some();
    if !exists {
        tx.execute_raw(statement(
            backend,
            "INSERT INTO catalogue_topic (code, created_at) VALUES ($1, $2)",
            vec![code.into(), now.into()],
        ))
        .await?;
    }
    tx.audit(audit).await?;
    tx.commit().await
}

/// The filter columns of an item, from the content the public sees (or the draft).
struct Columns {
    kind: String,
    status: String,
    is_public: bool,
    suspended: bool,
    state: String,
    published_version: Option<i32>,
    original_language: String,
    languages: String,
    priorities: String,
    topics: String,
    audience_types: String,
    service_categories: String,
    service_member_states: String,
}

fn columns(item: &Item, content: Option<&Content>) -> Result<Columns, StoreError> {
    let state = serde_json::to_string(item).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let empty = || String::new();
    let (languages, priorities, topics, audience, original, categories, states) = match content {
        None => (
            empty(),
            empty(),
            empty(),
            empty(),
            "en".to_owned(),
            empty(),
            empty(),
        ),
        Some(c) => (
            set_column(c.texts.keys().map(|l| l.code())),
            set_column(c.facets.priorities.iter().map(|p| p.as_str())),
            set_column(c.facets.topics.iter().map(|t| t.as_str())),
            match &c.facets.audience {
                domain::catalogue::Audience::All => String::new(),
                domain::catalogue::Audience::Only {
                    healthcare_types, ..
                } => set_column(healthcare_types.iter().map(|t| t.as_str())),
            },
            c.original_language.code().to_owned(),
            c.service
                .as_ref()
                .map(|s| set_column(s.categories.iter().map(|c| c.as_str())))
                .unwrap_or_default(),
            c.service
                .as_ref()
                .map(|s| set_column(s.member_states.iter().map(|m| m.code())))
                .unwrap_or_default(),
        ),
    };
    Ok(Columns {
        kind: item.kind.as_str().to_owned(),
        status: item.status.as_str().to_owned(),
        is_public: item.is_public(),
        suspended: item.suspension.is_some(),
        state,
        published_version: item.published_version.map(|n| n as i32),
        original_language: original,
        languages,
        priorities,
        topics,
        audience_types: audience,
        service_categories: categories,
        service_member_states: states,
    })
}

/// Creates an item with its audit row.
pub async fn create(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    id: Uuid,
    item: &Item,
    owner: Option<(Uuid, MemberState)>,
    audit: Audit,
) -> Result<(), StoreError> {
    let c = columns(item, item.draft.as_ref())?;
    let tx = store.tx(actor, now).await?;
    tx.execute_raw(statement(
        tx.get_database_backend(),
        "INSERT INTO catalogue_item (id, kind, status, owner_organisation_id, \
         provider_member_state, is_public, suspended, revision, state, published_version, \
         first_published_at, published_at, original_language, languages, priorities, topics, \
         audience_types, service_categories, service_member_states, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, NULL, NULL, NULL, $9, $10, $11, $12, $13, \
         $14, $15, $16, $16)",
        vec![
            id.into(),
            c.kind.into(),
            c.status.into(),
            owner.map(|o| o.0).into(),
            owner.map(|o| o.1.code().to_owned()).into(),
            c.is_public.into(),
            c.suspended.into(),
            c.state.into(),
            c.original_language.into(),
            c.languages.into(),
            c.priorities.into(),
            c.topics.into(),
            c.audience_types.into(),
            c.service_categories.into(),
            c.service_member_states.into(),
            now.into(),
        ],
    ))
    .await?;
    tx.audit(audit).await?;
    tx.commit().await
}

/// The text-search configuration PostgreSQL uses for a language (`simple` where it has none
/// installed: checked against `pg_ts_config` when the row is written).
pub fn pg_config(language: Language) -> &'static str {
    match language.code() {
        "da" => "danish",
        "de" => "german",
        "el" => "greek",
        "en" => "english",
        "es" => "spanish",
        "fi" => "finnish",
        "fr" => "french",
        "ga" => "irish",
        "hu" => "hungarian",
        "it" => "italian",
        "lt" => "lithuanian",
        "nl" => "dutch",
        "pt" => "portuguese",
        "ro" => "romanian",
        "sv" => "swedish",
        _ => "simple",
    }
}

/// Replaces an item's rows in the search index with the texts of `published` when the item is
/// public (and none otherwise).
async fn reindex<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    public: Option<&Content>,
) -> Result<(), StoreError> {
    let backend = conn.get_database_backend();
    conn.execute_raw(statement(
        backend,
        "DELETE FROM catalogue_search WHERE item_id = $1",
        vec![id.into()],
    ))
    .await?;
    let Some(content) = public else {
        return Ok(());
    };
    for (language, text) in &content.texts {
        let body = searchable_body(text);
        let values: Vec<Value> = vec![
            id.into(),
            language.code().into(),
            text.title.as_str().into(),
            text.summary.as_str().into(),
            body.into(),
        ];
        let sql = match backend {
            DbBackend::Postgres => format!(
                "INSERT INTO catalogue_search (item_id, language, config, title, summary, body, tsv) \
                 SELECT $1, $2, c.cfg, $3, $4, $5, \
                 setweight(to_tsvector(c.cfg::regconfig, $3), 'A') || \
                 setweight(to_tsvector(c.cfg::regconfig, $4), 'B') || \
                 setweight(to_tsvector(c.cfg::regconfig, $5), 'C') \
                 FROM (SELECT COALESCE((SELECT cfgname::text FROM pg_ts_config \
                 WHERE cfgname = '{}'), 'simple') AS cfg) c",
                pg_config(*language)
            ),
            _ => "INSERT INTO catalogue_search (item_id, language, title, summary, body) \
                  VALUES ($1, $2, $3, $4, $5)"
                .to_owned(),
        };
        conn.execute_raw(statement(backend, &sql, values)).await?;
    }
    Ok(())
}

/// The body searched: the Markdown body and every playbook step's title and instructions.
fn searchable_body(text: &domain::catalogue::Localised) -> String {
    let mut body = text.body.as_str().to_owned();
    for s in &text.steps {
        body.push('\n');
        body.push_str(s.title.as_str());
        body.push('\n');
        body.push_str(s.instructions.as_str());
    }
    body
}

/// Writes an item's next state: a conditional update on its revision, the new version with its
/// texts per language (when one was published), the search index, and the audit row, in one
/// transaction. `false`: someone changed the item first; nothing was written.
pub async fn save(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    before: &CatalogueItem,
    next: &Item,
    version: Option<&Version>,
    audit: Audit,
) -> Result<bool, StoreError> {
    let public_content = version
        .map(|v| &v.content)
        .or(before.published.as_ref().map(|v| &v.content));
    let c = columns(next, public_content.or(next.draft.as_ref()))?;
    let tx = store.tx(actor, now).await?;
    let backend = tx.get_database_backend();
    let first_published = before
        .first_published_at
        .or(version.map(|v| v.published_at));
    let published_at = version
        .map(|v| v.published_at)
        .or(before.published.as_ref().map(|v| v.published_at));
    let changed = tx
        .execute_raw(statement(
            backend,
            "UPDATE catalogue_item SET status = $1, is_public = $2, suspended = $3, \
             revision = revision + 1, state = $4, published_version = $5, \
             first_published_at = $6, published_at = $7, original_language = $8, \
             languages = $9, priorities = $10, topics = $11, audience_types = $12, \
             service_categories = $13, service_member_states = $14, updated_at = $15 \
             WHERE id = $16 AND revision = $17",
            vec![
                c.status.into(),
                c.is_public.into(),
                c.suspended.into(),
                c.state.into(),
                c.published_version.into(),
                first_published.into(),
                published_at.into(),
                c.original_language.into(),
                c.languages.into(),
                c.priorities.into(),
                c.topics.into(),
                c.audience_types.into(),
                c.service_categories.into(),
                c.service_member_states.into(),
                now.into(),
                before.id.into(),
                before.revision.into(),
            ],
        ))
        .await?
        .rows_affected();
    if changed != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    if let Some(v) = version {
        let content =
            serde_json::to_string(&v.content).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        tx.execute_raw(statement(
            backend,
            "INSERT INTO catalogue_version (item_id, number, content, change_note, published_at) \
             VALUES ($1, $2, $3, $4, $5)",
            vec![
                before.id.into(),
                (v.number as i32).into(),
                content.into(),
                v.change_note.as_str().into(),
                v.published_at.into(),
            ],
        ))
        .await?;
        for (language, text) in &v.content.texts {
            tx.execute_raw(statement(
                backend,
                "INSERT INTO catalogue_translation (item_id, version, language, title, summary, \
                 body) VALUES ($1, $2, $3, $4, $5, $6)",
                vec![
                    before.id.into(),
                    (v.number as i32).into(),
                    language.code().into(),
                    text.title.as_str().into(),
                    text.summary.as_str().into(),
                    searchable_body(text).into(),
                ],
            ))
            .await?;
        }
    }
    let visible = next.is_public().then_some(public_content).flatten();
    reindex(&*tx, before.id, visible).await?;
    tx.audit(audit).await?;
    tx.commit().await?;
    Ok(true)
}

/// The SQL of a public search and its values: every hit with its facet columns, best first.
/// The benchmark runs this same statement directly.
pub fn search_statement(backend: DbBackend, q: &SearchQuery) -> Statement {
    let mut values: Vec<Value> = vec![true.into()];
    let mut filters = vec!["i.is_public = $1".to_owned()];
    let mut any = |column: &str, items: &[String], pattern: bool, values: &mut Vec<Value>| {
        if items.is_empty() {
            return;
        }
        let mut ors = Vec::new();
        for it in items {
            values.push(if pattern {
                format!("%,{it},%").into()
            } else {
                it.clone().into()
            });
            let n = values.len();
            ors.push(if pattern {
                format!("{column} LIKE ${n}")
            } else {
                format!("{column} = ${n}")
            });
        }
        if column == "i.audience_types" {
            ors.push("i.audience_types = ''".to_owned());
        }
        filters.push(format!("({})", ors.join(" OR ")));
    };
    any("i.kind", &q.kinds, false, &mut values);
    any("i.priorities", &q.priorities, true, &mut values);
    any("i.languages", &q.languages, true, &mut values);
    any("i.audience_types", &q.audience, true, &mut values);
    any("i.topics", &q.topics, true, &mut values);
    let select = "i.id, i.kind, i.priorities, i.topics, i.languages, i.audience_types";
    if q.words.is_empty() {
        let sql = format!(
            "SELECT {select} FROM catalogue_item i WHERE {} \
             ORDER BY i.published_at DESC, i.id DESC",
            filters.join(" AND ")
        );
        return statement(backend, &sql, values);
    }
    // The text searched per item is the one the reader gets: asked → English → original.
    let asked = q.language.map_or("en", |l| l.code());
    values.push(format!("%,{asked},%").into());
    let like_asked = values.len();
    values.push(asked.into());
    let asked_n = values.len();
    let reader_text = format!(
        "s.language = CASE WHEN i.languages LIKE ${like_asked} THEN ${asked_n} \
         WHEN i.languages LIKE '%,en,%' THEN 'en' ELSE i.original_language END"
    );
    let sql = match backend {
        DbBackend::Postgres => {
            values.push(q.words.join(" ").into());
            let words = values.len();
            let cfg = q.language.map_or("english", pg_config);
            format!(
                "SELECT {select} FROM catalogue_search s JOIN catalogue_item i ON i.id = s.item_id, \
                 (SELECT plainto_tsquery(COALESCE((SELECT cfgname::text FROM pg_ts_config \
                 WHERE cfgname = '{cfg}'), 'simple')::regconfig, ${words}) || \
                 plainto_tsquery('english', ${words}) || plainto_tsquery('simple', ${words}) AS q) x \
                 WHERE s.tsv @@ x.q AND {reader_text} AND {} \
                 ORDER BY ts_rank_cd(s.tsv, x.q) DESC, i.id DESC",
                filters.join(" AND ")
            )
        }
        _ => {
            let fts = q
                .words
                .iter()
                .map(|w| format!("\"{}\"", w.replace('"', "")))
                .collect::<Vec<_>>()
                .join(" ");
            values.push(fts.into());
            let words = values.len();
            format!(
                "SELECT {select} FROM catalogue_search s JOIN catalogue_item i ON i.id = s.item_id \
                 WHERE catalogue_search MATCH ${words} AND {reader_text} AND {} \
                 ORDER BY bm25(catalogue_search, 10.0, 4.0, 1.0), i.id DESC",
                filters.join(" AND ")
            )
        }
    };
    statement(backend, &sql, values)
}

/// Every public item matching `q`, best first.
pub async fn search(db: &DatabaseConnection, q: &SearchQuery) -> Result<Vec<Hit>, StoreError> {
    let rows = db
        .query_all_raw(search_statement(db.get_database_backend(), q))
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Hit {
                id: r.try_get("", "id")?,
                kind: r.try_get("", "kind")?,
                priorities: r.try_get("", "priorities")?,
                topics: r.try_get("", "topics")?,
                languages: r.try_get("", "languages")?,
                audience_types: r.try_get("", "audience_types")?,
            })
        })
        .collect()
}

/// Ids of items whose authors include the caller: every item for ENISA (`owner` `None`), or a
/// provider's own `SERVICE` items; newest first, optionally by status.
pub async fn authored(
    db: &DatabaseConnection,
    owner: Option<Uuid>,
    status: Option<&str>,
) -> Result<Vec<Uuid>, StoreError> {
    let mut sql = "SELECT id FROM catalogue_item WHERE 1 = 1".to_owned();
    let mut values: Vec<Value> = Vec::new();
    if let Some(o) = owner {
        values.push(o.into());
        sql.push_str(&format!(" AND owner_organisation_id = ${}", values.len()));
    }
    if let Some(s) = status {
        values.push(s.into());
        sql.push_str(&format!(" AND status = ${}", values.len()));
    }
    sql.push_str(" ORDER BY updated_at DESC, id DESC");
    let rows = db
        .query_all_raw(statement(db.get_database_backend(), &sql, values))
        .await?;
    rows.iter()
        .map(|r| r.try_get::<Uuid>("", "id").map_err(Into::into))
        .collect()
}

/// Published, unsuspended `SERVICE` items with the verification of their providers, for
/// voucher matching.
pub async fn public_services(
    db: &DatabaseConnection,
) -> Result<Vec<(CatalogueItem, bool)>, StoreError> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            &format!(
                "SELECT {ITEM_COLUMNS}, o.status AS o_status FROM catalogue_item i \
                 JOIN catalogue_version v ON v.item_id = i.id AND v.number = i.published_version \
                 JOIN organisation o ON o.id = i.owner_organisation_id \
                 WHERE i.kind = 'SERVICE' AND i.is_public = $1"
            ),
            vec![true.into()],
        ))
        .await?;
    rows.iter()
        .map(|r| {
            let status: String = r.try_get("", "o_status")?;
            Ok((item_of(r)?, status == "VERIFIED"))
        })
        .collect()
}

/// Every public item with its first publication, for the DCAT export, newest first.
pub async fn public_items(db: &DatabaseConnection) -> Result<Vec<CatalogueItem>, StoreError> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            &format!(
                "SELECT {ITEM_COLUMNS} FROM catalogue_item i JOIN catalogue_version v \
                 ON v.item_id = i.id AND v.number = i.published_version \
                 WHERE i.is_public = $1 ORDER BY i.published_at DESC, i.id DESC"
            ),
            vec![true.into()],
        ))
        .await?;
    rows.iter().map(item_of).collect()
}

/// Counts per facet value over hits (`",a,b,"` columns split).
pub fn facet_counts<'a>(values: impl Iterator<Item = &'a str>) -> BTreeMap<String, u32> {
    let mut out = BTreeMap::new();
    for v in values {
        for part in v.split(',').filter(|p| !p.is_empty()) {
            *out.entry(part.to_owned()).or_insert(0) += 1;
        }
    }
    out
}

/// The kind of an item row, parsed.
pub fn kind_of(s: &str) -> Option<ItemKind> {
    ItemKind::parse(s).ok()
}
