//! The workflow `DRAFT → PUBLISHED → RETIRED` and numbered, immutable versions.
//!
//! An [`Item`] is what the store keeps per item: its status, the number of the version the
//! public sees, the working draft (if any), and why it was retired or suspended. Every
//! [`Version`] is a separate, immutable record. One function per step; each returns the next
//! state (and, for [`publish`], the new version) or a typed error, and changes nothing else.
use super::content::Content;
use super::facet::ItemKind;
use super::service::Suspension;
use super::{CatalogueError, invalid, plain_text, transition};
use crate::organisation::str_enum;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ItemStatus {
    /// Never published: visible to its authors only.
    Draft,
    /// The public sees its latest version; a new draft may be in progress beside it.
    Published,
    /// Hidden from search, versions kept, no further steps.
    Retired,
}

str_enum!(ItemStatus { Draft = "DRAFT", Published = "PUBLISHED", Retired = "RETIRED" });

/// Who authors an item: ENISA, or (for `SERVICE` items) one service provider organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type", content = "organisation")]
pub enum Owner {
    Enisa,
    ServiceProvider(Uuid),
}

/// What a publication changed, as the editor says it: required, 1 to 500 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChangeNote(String);

impl ChangeNote {
    pub fn parse(s: &str) -> Result<Self, CatalogueError> {
        plain_text("changeNote", s, 1, 500, true)
            .map(Self)
            .map_err(|_| invalid("changeNote", "say what changed (1 to 500 characters)"))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why an item was retired or a service suspended: required, 1 to 1,000 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reason(String);

impl Reason {
    pub fn parse(s: &str) -> Result<Self, CatalogueError> {
        plain_text("reason", s, 1, 1000, true)
            .map(Self)
            .map_err(|_| invalid("reason", "give a reason (1 to 1,000 characters)"))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Retirement {
    pub reason: Reason,
    pub at: DateTime<Utc>,
}

/// A published, immutable version. Numbers start at 1 and have no gaps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Version {
    pub number: u32,
    pub content: Content,
    pub change_note: ChangeNote,
    pub published_at: DateTime<Utc>,
}

/// The state of one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub kind: ItemKind,
    pub owner: Owner,
    pub status: ItemStatus,
    /// The number of the version the public sees; `None` until the first publication.
    pub published_version: Option<u32>,
    /// The working copy: the whole item while `DRAFT`; the next version while `PUBLISHED`.
    pub draft: Option<Content>,
    pub retirement: Option<Retirement>,
    /// `SERVICE` items: suspended by ENISA or the provider's agency ([`super::service`]).
    pub suspension: Option<Suspension>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Item {
    /// Whether anonymous readers see it and search finds it: published, not suspended.
    pub fn is_public(&self) -> bool {
        self.status == ItemStatus::Published && self.suspension.is_none()
    }

    /// The number the next publication gets.
    pub fn next_version(&self) -> u32 {
        self.published_version.map_or(1, |n| n + 1)
    }
}

fn check_fits(kind: ItemKind, content: &Content) -> Result<(), CatalogueError> {
    if content.fits(kind) {
        Ok(())
    } else {
        Err(invalid(
            "content",
            format!(
                "the content does not have the shape of a {} item",
                kind.as_str()
            ),
        ))
    }
}

/// A new item in `DRAFT`. `SERVICE` items belong to a service provider, all others to ENISA.
pub fn create(
    kind: ItemKind,
    owner: Owner,
    content: Content,
    now: DateTime<Utc>,
) -> Result<Item, CatalogueError> {
    match (kind, owner) {
        (ItemKind::Service, Owner::ServiceProvider(_)) => {}
        (ItemKind::Service, Owner::Enisa) => {
            return Err(invalid(
                "kind",
                "a SERVICE item is offered by a service provider",
            ));
        }
        (_, Owner::ServiceProvider(_)) => {
            return Err(invalid(
                "kind",
                "a service provider publishes SERVICE items only",
            ));
        }
        (_, Owner::Enisa) => {}
    }
    check_fits(kind, &content)?;
    Ok(Item {
        kind,
        owner,
        status: ItemStatus::Draft,
        published_version: None,
        draft: Some(content),
        retirement: None,
        suspension: None,
        created_at: now,
        updated_at: now,
    })
}

/// Replaces the working copy. On a published item this starts (or replaces) the next version's
/// draft; the public keeps seeing the published version until [`publish`].
pub fn edit(item: &Item, content: Content, now: DateTime<Utc>) -> Result<Item, CatalogueError> {
    if item.status == ItemStatus::Retired {
        return Err(transition("status", "a retired item cannot be edited"));
    }
    check_fits(item.kind, &content)?;
    Ok(Item {
        draft: Some(content),
        updated_at: now,
        ..item.clone()
    })
}

/// Freezes the draft as the next numbered version with a change note; the public now sees it.
pub fn publish(
    item: &Item,
    change_note: &str,
    now: DateTime<Utc>,
) -> Result<(Item, Version), CatalogueError> {
    if item.status == ItemStatus::Retired {
        return Err(transition("status", "a retired item cannot be published"));
    }
    let Some(content) = item.draft.clone() else {
        return Err(transition(
            "status",
            "there is no draft to publish: edit the item first",
        ));
    };
    let change_note = ChangeNote::parse(change_note)?;
    let number = item.next_version();
    let version = Version {
        number,
        content,
        change_note,
        published_at: now,
    };
    let next = Item {
        status: ItemStatus::Published,
        published_version: Some(number),
        draft: None,
        updated_at: now,
        ..item.clone()
    };
    Ok((next, version))
}

/// Drops the draft of a published item, keeping what the public sees. A never-published item
/// has nothing to fall back to and is refused.
pub fn discard_draft(item: &Item, now: DateTime<Utc>) -> Result<Item, CatalogueError> {
    match (item.status, &item.draft) {
        (ItemStatus::Published, Some(_)) => Ok(Item {
            draft: None,
            updated_at: now,
            ..item.clone()
        }),
        (ItemStatus::Published, None) => Err(transition("status", "there is no draft to discard")),
        (ItemStatus::Draft, _) => Err(transition(
            "status",
            "an item that was never published has only its draft",
        )),
        (ItemStatus::Retired, _) => Err(transition("status", "a retired item cannot change")),
    }
}

/// Retires a published item with a reason: hidden from search, its versions kept and readable.
/// A pending draft is kept as it was but can no longer be published.
pub fn retire(item: &Item, reason: &str, now: DateTime<Utc>) -> Result<Item, CatalogueError> {
    match item.status {
        ItemStatus::Published => {}
        ItemStatus::Draft => {
            return Err(transition("status", "only a published item can be retired"));
        }
        ItemStatus::Retired => return Err(transition("status", "the item is already retired")),
    }
    let reason = Reason::parse(reason)?;
    Ok(Item {
        status: ItemStatus::Retired,
        retirement: Some(Retirement { reason, at: now }),
        updated_at: now,
        ..item.clone()
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::catalogue::content::ContentInput;
    use crate::catalogue::content::tests::{guideline_input, service_input, topics};
    use chrono::Duration;

    fn now() -> DateTime<Utc> {
        "2026-06-01T12:00:00Z".parse().unwrap()
    }

    fn content(title: &str) -> Content {
        let input = ContentInput {
            title: title.into(),
            ..guideline_input()
        };
        Content::parse(ItemKind::Guideline, &input, &topics()).unwrap()
    }

    fn draft() -> Item {
        create(ItemKind::Guideline, Owner::Enisa, content("v1"), now()).unwrap()
    }

    fn title(c: &Content) -> &str {
        c.texts[&c.original_language].title.as_str()
    }

    #[test]
    fn a_new_item_is_a_draft_that_nobody_else_sees() {
        let item = draft();
        assert_eq!(item.status, ItemStatus::Draft);
        assert_eq!(item.published_version, None);
        assert!(!item.is_public());
        assert_eq!(item.next_version(), 1);
    }

    #[test]
    fn publishing_freezes_version_one_with_its_change_note() {
        let later = now() + Duration::hours(1);
        let (item, v1) = publish(&draft(), "First edition", later).unwrap();
        assert_eq!(item.status, ItemStatus::Published);
        assert_eq!(item.published_version, Some(1));
        assert_eq!(item.draft, None);
        assert!(item.is_public());
        assert_eq!(v1.number, 1);
        assert_eq!(v1.change_note.as_str(), "First edition");
        assert_eq!(v1.published_at, later);
        assert_eq!(title(&v1.content), "v1");
    }

    #[test]
    fn publishing_needs_a_change_note() {
        for note in ["", "   "] {
            let err = publish(&draft(), note, now()).unwrap_err();
            assert_eq!(err.field(), "changeNote");
            assert!(matches!(err, CatalogueError::Invalid { .. }));
        }
        assert!(publish(&draft(), &"n".repeat(501), now()).is_err());
    }

    #[test]
    fn editing_a_published_item_drafts_the_next_version_beside_it() {
        let (published, v1) = publish(&draft(), "First", now()).unwrap();
        let edited = edit(&published, content("v2"), now()).unwrap();
        // The public still sees version 1.
        assert_eq!(edited.status, ItemStatus::Published);
        assert_eq!(edited.published_version, Some(1));
        assert!(edited.is_public());
        assert_eq!(title(edited.draft.as_ref().unwrap()), "v2");

        let (republished, v2) = publish(&edited, "Second", now()).unwrap();
        assert_eq!(v2.number, 2);
        assert_eq!(title(&v2.content), "v2");
        assert_eq!(republished.published_version, Some(2));
        assert_eq!(republished.draft, None);
        // Version 1 is untouched.
        assert_eq!(title(&v1.content), "v1");
    }

    #[test]
    fn publishing_without_a_draft_is_an_invalid_transition() {
        let (published, _) = publish(&draft(), "First", now()).unwrap();
        let err = publish(&published, "again", now()).unwrap_err();
        assert!(
            matches!(err, CatalogueError::InvalidTransition { .. }),
            "{err}"
        );
        assert_eq!(err.field(), "status");
    }

    #[test]
    fn retiring_needs_a_published_item_and_a_reason() {
        let err = retire(&draft(), "obsolete", now()).unwrap_err();
        assert!(matches!(err, CatalogueError::InvalidTransition { .. }));

        let (published, _) = publish(&draft(), "First", now()).unwrap();
        let err = retire(&published, " ", now()).unwrap_err();
        assert_eq!(err.field(), "reason");

        let retired = retire(&published, "Superseded by the 2027 guideline", now()).unwrap();
        assert_eq!(retired.status, ItemStatus::Retired);
        assert!(!retired.is_public());
        // The published version number is kept: every version stays readable.
        assert_eq!(retired.published_version, Some(1));
        assert_eq!(
            retired.retirement.as_ref().unwrap().reason.as_str(),
            "Superseded by the 2027 guideline"
        );
    }

    #[test]
    fn a_retired_item_takes_no_further_step() {
        let (published, _) = publish(&draft(), "First", now()).unwrap();
        let pending = edit(&published, content("v2"), now()).unwrap();
        let retired = retire(&pending, "withdrawn", now()).unwrap();
        assert!(retired.draft.is_some(), "the pending draft is kept");
        let errors = [
            edit(&retired, content("v3"), now()).unwrap_err(),
            publish(&retired, "again", now()).unwrap_err(),
            retire(&retired, "again", now()).unwrap_err(),
            discard_draft(&retired, now()).unwrap_err(),
        ];
        for err in errors {
            assert!(
                matches!(err, CatalogueError::InvalidTransition { .. }),
                "{err}"
            );
        }
    }

    #[test]
    fn discarding_a_draft_keeps_the_published_version() {
        let (published, _) = publish(&draft(), "First", now()).unwrap();
        let pending = edit(&published, content("v2"), now()).unwrap();
        let back = discard_draft(&pending, now()).unwrap();
        assert_eq!(back.draft, None);
        assert_eq!(back.published_version, Some(1));
        assert!(discard_draft(&back, now()).is_err());
        assert!(discard_draft(&draft(), now()).is_err());
    }

    #[test]
    fn content_must_fit_the_kind() {
        let service = Content::parse(ItemKind::Service, &service_input(), &topics()).unwrap();
        let err = edit(&draft(), service.clone(), now()).unwrap_err();
        assert_eq!(err.field(), "content");
        let err = create(ItemKind::Guideline, Owner::Enisa, service, now()).unwrap_err();
        assert_eq!(err.field(), "content");
    }

    #[test]
    fn service_items_belong_to_a_provider_and_providers_publish_only_services() {
        let provider = Owner::ServiceProvider(Uuid::nil());
        let service = Content::parse(ItemKind::Service, &service_input(), &topics()).unwrap();
        assert!(create(ItemKind::Service, provider, service.clone(), now()).is_ok());
        assert_eq!(
            create(ItemKind::Service, Owner::Enisa, service, now())
                .unwrap_err()
                .field(),
            "kind"
        );
        assert_eq!(
            create(ItemKind::Guideline, provider, content("x"), now())
                .unwrap_err()
                .field(),
            "kind"
        );
    }

    #[test]
    fn version_numbers_have_no_gaps() {
        let mut item = draft();
        for n in 1..=5 {
            item = edit(&item, content(&format!("v{n}")), now()).unwrap();
            let (next, v) = publish(&item, "change", now()).unwrap();
            assert_eq!(v.number, n);
            item = next;
        }
        assert_eq!(item.published_version, Some(5));
    }
}
