//! The Atom feed of public alerts (issue #12, "Feed"; RFC 4287): one entry per alert anonymous
//! readers may see, its latest such version, newest first. Which alerts those are is
//! [`may_see`](super::tlp::may_see)'s answer for an anonymous viewer (TLP:CLEAR), through
//! [`visible_versions`]. [`AtomFeed::to_xml`] writes the document.
use super::lifecycle::{AlertStatus, AlertVersion, visible_versions};
use super::stix::timestamp;
use super::tlp::Viewer;
use chrono::{DateTime, Utc};

/// One alert in the feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtomEntry {
    /// `urn:uuid:<alert id>`: the same entry across versions.
    pub id: String,
    pub title: String,
    /// When the version shown was published, or when the alert was revoked.
    pub updated: DateTime<Utc>,
    pub summary: String,
    /// The alert's page in the web app.
    pub link: String,
    /// The severity, as a category.
    pub category: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtomFeed {
    pub id: String,
    pub title: String,
    pub updated: DateTime<Utc>,
    /// The feed's own address.
    pub self_link: String,
    /// The public alerts page.
    pub alternate_link: String,
    pub entries: Vec<AtomEntry>,
}

/// An alert as the feed needs it: its status, its published versions and when it was revoked.
#[derive(Debug, Clone, Copy)]
pub struct FeedAlert<'a> {
    pub status: AlertStatus,
    pub versions: &'a [AlertVersion],
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The feed of `alerts` for a site at `base_url` (e.g. `https://cyberhealth.example.eu`). The
/// feed's `updated` is its newest entry's, or `now` when it has none.
pub fn atom_feed(base_url: &str, alerts: &[FeedAlert<'_>], now: DateTime<Utc>) -> AtomFeed {
    let base = base_url.trim_end_matches('/');
    let mut entries: Vec<AtomEntry> = alerts
        .iter()
        .filter_map(|a| {
            let v = visible_versions(&Viewer::Anonymous, a.status, a.versions).last()?;
            let english = v.content.english();
            let (title, updated) = match a.revoked_at {
                Some(r) if a.status == AlertStatus::Revoked => {
                    (format!("Revoked: {}", english.title()), r)
                }
                _ => (english.title().to_owned(), v.published_at),
            };
            Some(AtomEntry {
                id: format!("urn:uuid:{}", v.alert_id),
                title,
                updated,
                summary: english.summary().to_owned(),
                link: format!("{base}/alerts/{}", v.alert_id),
                category: v.content.severity().as_str(),
            })
        })
        .collect();
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    AtomFeed {
        id: format!("{base}/alerts.atom"),
        title: "ENISA early warnings for healthcare (TLP:CLEAR)".to_owned(),
        updated: entries.first().map_or(now, |e| e.updated),
        self_link: format!("{base}/alerts.atom"),
        alternate_link: format!("{base}/alerts"),
        entries,
    }
}

/// Text for XML 1.0 content or a quoted attribute: `& < > " '` as entities, and the characters
/// XML 1.0 does not allow (§2.2: controls other than tab, line feed and carriage return, U+FFFE,
/// U+FFFF) left out.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn element(out: &mut String, indent: &str, name: &str, text: &str) {
    out.push_str(&format!("{indent}<{name}>{}</{name}>\n", xml_escape(text)));
}

fn link(out: &mut String, indent: &str, rel: &str, media_type: &str, href: &str) {
    out.push_str(&format!(
        "{indent}<link rel=\"{rel}\" type=\"{media_type}\" href=\"{}\"/>\n",
        xml_escape(href)
    ));
}

impl AtomFeed {
    /// The feed as an Atom 1.0 document (RFC 4287), UTF-8.
    pub fn to_xml(&self) -> String {
        let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        element(&mut x, "  ", "id", &self.id);
        element(&mut x, "  ", "title", &self.title);
        element(&mut x, "  ", "updated", &timestamp(self.updated));
        link(
            &mut x,
            "  ",
            "self",
            "application/atom+xml",
            &self.self_link,
        );
        link(&mut x, "  ", "alternate", "text/html", &self.alternate_link);
        x.push_str("  <author><name>ENISA</name></author>\n");
        for e in &self.entries {
            x.push_str("  <entry>\n");
            element(&mut x, "    ", "id", &e.id);
            element(&mut x, "    ", "title", &e.title);
            element(&mut x, "    ", "updated", &timestamp(e.updated));
            link(&mut x, "    ", "alternate", "text/html", &e.link);
            x.push_str(&format!(
                "    <category term=\"{}\"/>\n",
                xml_escape(e.category)
            ));
            element(&mut x, "    ", "summary", &e.summary);
            x.push_str("  </entry>\n");
        }
        x.push_str("</feed>\n");
        x
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::alert::content::tests::{at, input};
    use crate::alert::content::{AlertContent, AlertInput};
    use crate::alert::lifecycle::{publish, update};
    use uuid::Uuid;

    fn published(n: u128, day: u32, edit: impl FnOnce(&mut AlertInput)) -> AlertVersion {
        let mut i = input();
        edit(&mut i);
        let c = AlertContent::parse(&i).unwrap();
        publish(AlertStatus::Draft, Uuid::from_u128(n), c, at(day, 9))
            .unwrap()
            .version
    }

    fn amber(i: &mut AlertInput) {
        i.tlp = "AMBER".into();
        i.recipients.member_states = vec!["DE".into()];
    }

    #[test]
    fn the_feed_lists_public_alerts_newest_first_and_leaves_the_others_out() {
        let old = [published(1, 2, |i| i.text.title = "Old".into())];
        let new = [published(2, 4, |i| i.text.title = "New".into())];
        let secret = [published(3, 5, amber)];
        let alerts = [
            FeedAlert {
                status: AlertStatus::Published,
                versions: &old,
                revoked_at: None,
            },
            FeedAlert {
                status: AlertStatus::Published,
                versions: &secret,
                revoked_at: None,
            },
            FeedAlert {
                status: AlertStatus::Published,
                versions: &new,
                revoked_at: None,
            },
        ];
        let feed = atom_feed("https://cyberhealth.example.eu/", &alerts, at(20, 0));
        let titles: Vec<&str> = feed.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["New", "Old"]);
        assert_eq!(feed.updated, at(4, 9));
        assert_eq!(
            feed.entries[0].id,
            format!("urn:uuid:{}", Uuid::from_u128(2))
        );
        assert_eq!(
            feed.entries[0].link,
            format!(
                "https://cyberhealth.example.eu/alerts/{}",
                Uuid::from_u128(2)
            )
        );
        assert_eq!(feed.self_link, "https://cyberhealth.example.eu/alerts.atom");
        assert_eq!(feed.entries[0].category, "HIGH");
    }

    #[test]
    fn an_alert_made_public_by_an_update_appears_with_its_public_version() {
        let v1 = published(1, 2, amber);
        let c2 = AlertContent::parse(&input()).unwrap();
        let v2 = update(AlertStatus::Published, &v1, c2, "Public now.", at(6, 9))
            .unwrap()
            .version;
        let versions = [v1, v2];
        let feed = atom_feed(
            "https://x.example",
            &[FeedAlert {
                status: AlertStatus::Updated,
                versions: &versions,
                revoked_at: None,
            }],
            at(20, 0),
        );
        assert_eq!(feed.entries.len(), 1);
        assert_eq!(feed.entries[0].updated, at(6, 9));
    }

    #[test]
    fn a_revoked_alert_says_so_and_drafts_never_appear() {
        let v = [published(1, 2, |_| {})];
        let feed = atom_feed(
            "https://x.example",
            &[
                FeedAlert {
                    status: AlertStatus::Revoked,
                    versions: &v,
                    revoked_at: Some(at(7, 0)),
                },
                FeedAlert {
                    status: AlertStatus::Draft,
                    versions: &v,
                    revoked_at: None,
                },
            ],
            at(20, 0),
        );
        assert_eq!(feed.entries.len(), 1);
        assert!(feed.entries[0].title.starts_with("Revoked: "));
        assert_eq!(feed.entries[0].updated, at(7, 0));
        let empty = atom_feed("https://x.example", &[], at(20, 0));
        assert_eq!(empty.updated, at(20, 0));
    }

    #[test]
    fn text_is_escaped_and_characters_xml_forbids_are_dropped() {
        assert_eq!(
            xml_escape(r#"a<b>&"c"'d'"#),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;"
        );
        assert_eq!(
            xml_escape("tab\tline\nbell\u{7}nul\u{0}\u{FFFF}ü"),
            "tab\tline\nbellnulü"
        );
    }

    #[test]
    fn the_document_is_atom_with_every_value_escaped() {
        let v = [published(1, 2, |i| {
            i.text.title = "<script>alert('x')</script> & more".into();
            i.text.summary = "R&D \"labs\"".into();
        })];
        let feed = atom_feed(
            "https://x.example/?a=1&b=2",
            &[FeedAlert {
                status: AlertStatus::Published,
                versions: &v,
                revoked_at: None,
            }],
            at(20, 0),
        );
        let xml = feed.to_xml();
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"));
        assert!(xml.contains(
            "<title>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; more</title>"
        ));
        assert!(xml.contains("<summary>R&amp;D &quot;labs&quot;</summary>"));
        assert!(xml.contains("href=\"https://x.example/?a=1&amp;b=2/alerts.atom\""));
        assert!(xml.contains("<updated>2026-03-02T09:00:00.000Z</updated>"));
        assert!(!xml.contains("<script>"));
        assert_eq!(xml.matches("<entry>").count(), 1);
        assert!(xml.trim_end().ends_with("</feed>"));
    }
}
