//! The lifecycle `DRAFT → PUBLISHED → UPDATED (new version) → REVOKED` (issue #12), one
//! function per step. Publishing makes version 1; each update makes the next version with a
//! note of what changed; every published version stays readable ([`visible_versions`]).
use super::AlertError;
use super::content::AlertContent;
use super::tlp::{Viewer, check_marking_change, may_see};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AlertStatus {
    /// Written, not yet published: only ENISA staff see it, and it may be edited.
    Draft,
    /// Version 1 is out.
    Published,
    /// A later version is out.
    Updated,
    /// Withdrawn: still readable, marked revoked, no more versions.
    Revoked,
}

crate::organisation::str_enum!(AlertStatus { Draft = "DRAFT", Published = "PUBLISHED", Updated = "UPDATED", Revoked = "REVOKED" });

impl AlertStatus {
    /// Published, updated or revoked: at least one version is out.
    pub fn is_published(self) -> bool {
        self != AlertStatus::Draft
    }
}

/// What happened to an alert, as the event stream carries it. Subscribers receive an alert at
/// publication and at each update (issue #12), and learn of its revocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AlertEventKind {
    Published,
    Updated,
    Revoked,
}

impl AlertEventKind {
    /// The status an alert has right after this event (what a delivery of the event shows,
    /// however late it is rendered).
    pub fn status_after(self) -> AlertStatus {
        match self {
            Self::Published => AlertStatus::Published,
            Self::Updated => AlertStatus::Updated,
            Self::Revoked => AlertStatus::Revoked,
        }
    }
}

crate::organisation::str_enum!(AlertEventKind { Published = "PUBLISHED", Updated = "UPDATED", Revoked = "REVOKED" });

/// One published version. Versions are numbered from 1 and never change once published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertVersion {
    pub alert_id: Uuid,
    pub number: u32,
    pub content: AlertContent,
    pub published_at: DateTime<Utc>,
    /// What changed since the previous version; `None` for version 1.
    pub change_note: Option<String>,
}

/// A step that published a version: the alert's new status, the event, and the version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub status: AlertStatus,
    pub event: AlertEventKind,
    pub version: AlertVersion,
}

/// A revocation: the new status, why, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revocation {
    pub status: AlertStatus,
    pub event: AlertEventKind,
    pub reason: String,
    pub revoked_at: DateTime<Utc>,
}

/// The most characters of a change note or a revocation reason.
pub const MAX_NOTE: usize = 2_000;

fn note(field: &str, s: &str) -> Result<String, AlertError> {
    let s = s.trim();
    let n = s.chars().count();
    if n == 0 {
        return Err(AlertError::invalid(field, "is required"));
    }
    if n > MAX_NOTE || s.chars().any(|c| c.is_control() && c != '\n') {
        return Err(AlertError::invalid(
            field,
            format!("must be 1 to {MAX_NOTE} characters without control characters"),
        ));
    }
    Ok(s.to_owned())
}

/// Refuses `action` unless the alert is out: published or updated, not a draft nor revoked.
pub(crate) fn require_out(status: AlertStatus, action: &'static str) -> Result<(), AlertError> {
    match status {
        AlertStatus::Published | AlertStatus::Updated => Ok(()),
        from => Err(AlertError::InvalidTransition { from, action }),
    }
}

fn still_valid(content: &AlertContent, now: DateTime<Utc>) -> Result<(), AlertError> {
    if content.validity().is_over(now) {
        return Err(AlertError::invalid(
            "validUntil",
            "the validity period is already over",
        ));
    }
    Ok(())
}

/// Whether a draft may be edited (its content replaced): only while it is a draft.
pub fn check_editable(status: AlertStatus) -> Result<(), AlertError> {
    match status {
        AlertStatus::Draft => Ok(()),
        from => Err(AlertError::InvalidTransition {
            from,
            action: "edited as a draft (publish an update instead)",
        }),
    }
}

/// Publishes a draft as version 1 at `now`. Publishing twice is refused; so is an alert whose
/// validity period is over at `now`.
pub fn publish(
    status: AlertStatus,
    alert_id: Uuid,
    content: AlertContent,
    now: DateTime<Utc>,
) -> Result<Revision, AlertError> {
    if status != AlertStatus::Draft {
        return Err(AlertError::InvalidTransition {
            from: status,
            action: "published",
        });
    }
    still_valid(&content, now)?;
    Ok(Revision {
        status: AlertStatus::Published,
        event: AlertEventKind::Published,
        version: AlertVersion {
            alert_id,
            number: 1,
            content,
            published_at: now,
            change_note: None,
        },
    })
}

/// Publishes the next version of a published alert, whose latest version is `current`. The
/// note of what changed is required (field `changeNote`); the marking may stay or become less
/// strict, never stricter (field `tlp`); the validity period must not be over at `now`. The
/// recipients may change. The new version is dated `now`, or `current`'s date if the clock is
/// behind it, so versions never go back in time.
pub fn update(
    status: AlertStatus,
    current: &AlertVersion,
    content: AlertContent,
    change_note: &str,
    now: DateTime<Utc>,
) -> Result<Revision, AlertError> {
    require_out(status, "updated")?;
    let change_note = note("changeNote", change_note)?;
    check_marking_change(current.content.marking(), content.marking())?;
    still_valid(&content, now)?;
    let number = current
        .number
        .checked_add(1)
        .ok_or_else(|| AlertError::invalid("version", "too many versions"))?;
    Ok(Revision {
        status: AlertStatus::Updated,
        event: AlertEventKind::Updated,
        version: AlertVersion {
            alert_id: current.alert_id,
            number,
            content,
            published_at: now.max(current.published_at),
            change_note: Some(change_note),
        },
    })
}

/// Revokes a published alert at `now`, with the reason (field `reason`). A draft is not
/// revoked (it was never out), nor is an alert revoked twice.
pub fn revoke(
    status: AlertStatus,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Revocation, AlertError> {
    require_out(status, "revoked")?;
    Ok(Revocation {
        status: AlertStatus::Revoked,
        event: AlertEventKind::Revoked,
        reason: note("reason", reason)?,
        revoked_at: now,
    })
}

/// The versions of an alert in `status` that `viewer` may read, in order. Each version is
/// judged by its own marking and recipients, by [`may_see`].
pub fn visible_versions<'a>(
    viewer: &'a Viewer,
    status: AlertStatus,
    versions: &'a [AlertVersion],
) -> impl Iterator<Item = &'a AlertVersion> + 'a {
    versions
        .iter()
        .filter(move |v| may_see(viewer, status, v.content.distribution()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::alert::content::AlertInput;
    use crate::alert::content::tests::{at, input};
    use AlertStatus::*;

    fn content(edit: impl FnOnce(&mut AlertInput)) -> AlertContent {
        let mut i = input();
        edit(&mut i);
        AlertContent::parse(&i).unwrap()
    }

    fn amber() -> AlertContent {
        content(|i| {
            i.tlp = "AMBER".into();
            i.recipients.member_states = vec!["DE".into()];
        })
    }

    fn published() -> AlertVersion {
        publish(Draft, Uuid::from_u128(1), amber(), at(2, 9))
            .unwrap()
            .version
    }

    #[test]
    fn publishing_a_draft_makes_version_one() {
        let r = publish(Draft, Uuid::from_u128(1), amber(), at(2, 9)).unwrap();
        assert_eq!((r.status, r.event), (Published, AlertEventKind::Published));
        assert_eq!((r.version.number, r.version.published_at), (1, at(2, 9)));
        assert_eq!(r.version.change_note, None);
    }

    #[test]
    fn publishing_twice_is_refused() {
        for from in [Published, Updated, Revoked] {
            let err = publish(from, Uuid::from_u128(1), amber(), at(2, 9)).unwrap_err();
            assert_eq!(
                err,
                AlertError::InvalidTransition {
                    from,
                    action: "published"
                }
            );
            assert_eq!(err.field(), "status");
        }
    }

    #[test]
    fn an_alert_whose_validity_is_over_is_not_published() {
        let err = publish(Draft, Uuid::from_u128(1), amber(), at(31, 8)).unwrap_err();
        assert_eq!(err.field(), "validUntil");
        assert!(publish(Draft, Uuid::from_u128(1), amber(), at(31, 7)).is_ok());
    }

    #[test]
    fn an_update_makes_the_next_version_with_what_changed() {
        let v1 = published();
        let r = update(
            Published,
            &v1,
            amber(),
            "  Added a second IP range. ",
            at(3, 9),
        )
        .unwrap();
        assert_eq!((r.status, r.event), (Updated, AlertEventKind::Updated));
        assert_eq!(r.version.number, 2);
        assert_eq!(r.version.alert_id, v1.alert_id);
        assert_eq!(
            r.version.change_note.as_deref(),
            Some("Added a second IP range.")
        );
        let v3 = update(Updated, &r.version, amber(), "Patch released.", at(4, 9))
            .unwrap()
            .version;
        assert_eq!(v3.number, 3);
    }

    #[test]
    fn an_update_without_a_note_of_what_changed_is_refused() {
        for note in ["", "   "] {
            let err = update(Published, &published(), amber(), note, at(3, 9)).unwrap_err();
            assert_eq!(err.field(), "changeNote");
        }
    }

    #[test]
    fn a_stricter_marking_on_update_is_refused_and_a_less_strict_one_accepted() {
        let v1 = published();
        let stricter = content(|i| {
            i.tlp = "AMBER_STRICT".into();
            i.recipients.organisations = vec![crate::alert::tlp::RecipientOrganisation {
                id: Uuid::from_u128(5),
                member_state: crate::member_state::MemberState::parse("DE").unwrap(),
            }];
        });
        let err = update(Published, &v1, stricter, "Narrowed.", at(3, 9)).unwrap_err();
        assert_eq!(err.field(), "tlp");
        let wider = content(|_| {});
        let r = update(Published, &v1, wider, "Shared with everyone.", at(3, 9)).unwrap();
        assert_eq!(r.version.content.marking(), crate::alert::tlp::Tlp::Clear);
    }

    #[test]
    fn drafts_and_revoked_alerts_are_not_updated() {
        for from in [Draft, Revoked] {
            let err = update(from, &published(), amber(), "x", at(3, 9)).unwrap_err();
            assert_eq!(
                err,
                AlertError::InvalidTransition {
                    from,
                    action: "updated"
                }
            );
        }
    }

    #[test]
    fn a_version_is_never_dated_before_the_one_it_follows() {
        let v1 = published();
        let v2 = update(Published, &v1, amber(), "Clock behind.", at(1, 9))
            .unwrap()
            .version;
        assert_eq!(v2.published_at, v1.published_at);
    }

    #[test]
    fn only_a_published_alert_is_revoked_and_only_once_with_a_reason() {
        for from in [Published, Updated] {
            let r = revoke(from, "False positive.", at(5, 9)).unwrap();
            assert_eq!(
                (r.status, r.event, r.revoked_at),
                (Revoked, AlertEventKind::Revoked, at(5, 9))
            );
        }
        for from in [Draft, Revoked] {
            assert_eq!(
                revoke(from, "x", at(5, 9)).unwrap_err(),
                AlertError::InvalidTransition {
                    from,
                    action: "revoked"
                }
            );
        }
        assert_eq!(
            revoke(Published, " ", at(5, 9)).unwrap_err().field(),
            "reason"
        );
    }

    #[test]
    fn only_drafts_are_edited() {
        assert!(check_editable(Draft).is_ok());
        for from in [Published, Updated, Revoked] {
            assert_eq!(check_editable(from).unwrap_err().field(), "status");
        }
    }

    #[test]
    fn every_published_version_stays_readable_to_those_it_was_shared_with() {
        use crate::alert::tlp::{AccountViewer, ViewerOrganisation};
        use crate::organisation::OrganisationKind;
        let v1 = published(); // AMBER for DE
        let v2 = update(Published, &v1, content(|_| {}), "Now public.", at(3, 9))
            .unwrap()
            .version;
        let versions = [v1, v2];
        let de_clinic = Viewer::Account(AccountViewer {
            account_id: Uuid::from_u128(50),
            role: crate::account::Role::ProviderUser,
            organisation: Some(ViewerOrganisation {
                id: Uuid::from_u128(51),
                kind: OrganisationKind::HealthcareProvider,
                verified: true,
                member_state: crate::member_state::MemberState::parse("DE").unwrap(),
            }),
            authority_of: None,
        });
        let numbers = |viewer: &Viewer, status| {
            visible_versions(viewer, status, &versions)
                .map(|v| v.number)
                .collect::<Vec<_>>()
        };
        assert_eq!(numbers(&de_clinic, Updated), [1, 2]);
        assert_eq!(numbers(&Viewer::Anonymous, Updated), [2]);
        assert_eq!(numbers(&de_clinic, Revoked), [1, 2]);
    }
}
