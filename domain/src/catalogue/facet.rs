//! The facets a reader filters by: kind, the action plan's four priorities, audience and topics.
use super::{CatalogueError, invalid};
use crate::organisation::{HealthcareType, str_enum};
use crate::sme::Category;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What a catalogue item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ItemKind {
    Guideline,
    Tool,
    /// An incident-response playbook: ordered steps, each in a phase.
    Playbook,
    ProcurementGuidance,
    /// A course with training sessions (`crate::training`).
    TrainingCourse,
    /// A voucher-eligible service offered by a verified service provider.
    Service,
}

str_enum!(ItemKind { Guideline = "GUIDELINE", Tool = "TOOL", Playbook = "PLAYBOOK", ProcurementGuidance = "PROCUREMENT_GUIDANCE", TrainingCourse = "TRAINING_COURSE", Service = "SERVICE" });

impl ItemKind {
    pub const ALL: [ItemKind; 6] = [
        ItemKind::Guideline,
        ItemKind::Tool,
        ItemKind::Playbook,
        ItemKind::ProcurementGuidance,
        ItemKind::TrainingCourse,
        ItemKind::Service,
    ];
}

/// The four priorities of the action plan (COM(2025) 10, section 3): the catalogue's themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Priority {
    Prevention,
    Detection,
    ResponseRecovery,
    Deterrence,
}

str_enum!(Priority { Prevention = "PREVENTION", Detection = "DETECTION", ResponseRecovery = "RESPONSE_RECOVERY", Deterrence = "DETERRENCE" });

impl Priority {
    pub const ALL: [Priority; 4] = [
        Priority::Prevention,
        Priority::Detection,
        Priority::ResponseRecovery,
        Priority::Deterrence,
    ];

    /// The priority's name in English, as the action plan writes it.
    pub fn label(self) -> &'static str {
        match self {
            Priority::Prevention => "Prevention",
            Priority::Detection => "Detection",
            Priority::ResponseRecovery => "Response and recovery",
            Priority::Deterrence => "Deterrence",
        }
    }
}

/// Whom an item suits: everyone, or some healthcare types and/or SME categories. An empty set
/// on one axis means "any" on that axis; both empty is [`Audience::All`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "scope")]
pub enum Audience {
    All,
    Only {
        healthcare_types: BTreeSet<HealthcareType>,
        sme_categories: BTreeSet<Category>,
    },
}

impl Audience {
    pub fn new(healthcare_types: &[HealthcareType], sme_categories: &[Category]) -> Self {
        if healthcare_types.is_empty() && sme_categories.is_empty() {
            return Audience::All;
        }
        Audience::Only {
            healthcare_types: healthcare_types.iter().copied().collect(),
            sme_categories: sme_categories.iter().copied().collect(),
        }
    }

    /// Whether an organisation of this type (and SME category, when known) is in the audience.
    /// An unknown category only matches an audience that does not restrict categories.
    pub fn suits(&self, healthcare_type: HealthcareType, sme_category: Option<Category>) -> bool {
        match self {
            Audience::All => true,
            Audience::Only {
                healthcare_types,
                sme_categories,
            } => {
                (healthcare_types.is_empty() || healthcare_types.contains(&healthcare_type))
                    && (sme_categories.is_empty()
                        || sme_category.is_some_and(|c| sme_categories.contains(&c)))
            }
        }
    }
}

/// A topic code from the controlled list ENISA maintains: lower-case `a–z`, digits and `-`,
/// 2 to 48 characters, e.g. `ransomware` or `medical-devices`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Topic(String);

impl Topic {
    /// Checks the form of a code for ENISA's list (not whether it is on the list).
    pub fn define(code: &str) -> Result<Self, CatalogueError> {
        let code = code.trim().to_ascii_lowercase();
        let ok = (2..=48).contains(&code.len())
            && code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !code.starts_with('-')
            && !code.ends_with('-')
            && !code.contains("--");
        if !ok {
            return Err(invalid(
                "topics",
                format!("`{code}` is not a topic code (a–z, 0–9 and single '-', 2 to 48)"),
            ));
        }
        Ok(Self(code))
    }

    /// A topic on the controlled list; any other code is refused.
    pub fn parse(code: &str, list: &TopicList) -> Result<Self, CatalogueError> {
        let topic = Self::define(code)?;
        if !list.0.contains(&topic) {
            return Err(invalid(
                "topics",
                format!("`{}` is not on the catalogue's list of topics", topic.0),
            ));
        }
        Ok(topic)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// ENISA's controlled list of topics.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TopicList(BTreeSet<Topic>);

impl TopicList {
    pub fn new<'a>(codes: impl IntoIterator<Item = &'a str>) -> Result<Self, CatalogueError> {
        codes
            .into_iter()
            .map(Topic::define)
            .collect::<Result<BTreeSet<_>, _>>()
            .map(Self)
    }

    pub fn contains(&self, topic: &Topic) -> bool {
        self.0.contains(topic)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Topic> {
        self.0.iter()
    }
}

/// At most this many topics per item.
pub const MAX_TOPICS: usize = 20;

/// An item's facets. Part of each version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Facets {
    /// One or more.
    pub priorities: BTreeSet<Priority>,
    pub audience: Audience,
    pub topics: BTreeSet<Topic>,
}

impl Facets {
    pub fn parse(
        priorities: &[Priority],
        audience: Audience,
        topics: &[String],
        list: &TopicList,
    ) -> Result<Self, CatalogueError> {
        let priorities: BTreeSet<_> = priorities.iter().copied().collect();
        if priorities.is_empty() {
            return Err(invalid("priorities", "choose at least one priority"));
        }
        let topics = topics
            .iter()
            .map(|t| Topic::parse(t, list))
            .collect::<Result<BTreeSet<_>, _>>()?;
        if topics.len() > MAX_TOPICS {
            return Err(invalid(
                "topics",
                format!("choose at most {MAX_TOPICS} topics"),
            ));
        }
        Ok(Self {
            priorities,
            audience,
            topics,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use HealthcareType::*;

    fn list() -> TopicList {
        TopicList::new(["ransomware", "medical-devices", "backups"]).unwrap()
    }

    #[test]
    fn kinds_and_priorities_round_trip_through_their_codes() {
        for k in ItemKind::ALL {
            assert_eq!(ItemKind::parse(k.as_str()).unwrap(), k);
        }
        for p in Priority::ALL {
            assert_eq!(Priority::parse(p.as_str()).unwrap(), p);
        }
        assert!(ItemKind::parse("BLOG_POST").is_err());
        assert!(Priority::parse("RESPONSE").is_err());
    }

    #[test]
    fn an_audience_without_restrictions_is_everyone() {
        assert_eq!(Audience::new(&[], &[]), Audience::All);
        assert!(Audience::All.suits(Laboratory, None));
    }

    #[test]
    fn an_audience_restricts_each_axis_it_names() {
        let hospitals = Audience::new(&[Hospital], &[]);
        assert!(hospitals.suits(Hospital, None));
        assert!(hospitals.suits(Hospital, Some(Category::Large)));
        assert!(!hospitals.suits(Clinic, Some(Category::Micro)));

        let small_clinics = Audience::new(&[Clinic], &[Category::Micro, Category::Small]);
        let cases = [
            (Clinic, Some(Category::Small), true),
            (Clinic, Some(Category::Medium), false),
            (Hospital, Some(Category::Small), false),
            // An organisation whose category is unknown does not match a category filter.
            (Clinic, None, false),
        ];
        for (t, c, expected) in cases {
            assert_eq!(small_clinics.suits(t, c), expected, "{t:?} {c:?}");
        }
    }

    #[test]
    fn topics_must_be_on_the_controlled_list() {
        assert_eq!(
            Topic::parse(" Ransomware ", &list()).unwrap().as_str(),
            "ransomware"
        );
        let err = Topic::parse("phishing", &list()).unwrap_err();
        assert_eq!(err.field(), "topics");
        assert!(err.to_string().contains("phishing"));
    }

    #[test]
    fn topic_codes_have_one_form() {
        for bad in [
            "a",
            "has space",
            "ünïcode",
            "-lead",
            "trail-",
            "dou--ble",
            "semi;colon",
        ] {
            assert!(Topic::define(bad).is_err(), "{bad}");
        }
        assert!(TopicList::new(["ok", "not ok"]).is_err());
    }

    #[test]
    fn facets_need_a_priority_and_at_most_twenty_topics() {
        let err = Facets::parse(&[], Audience::All, &[], &list()).unwrap_err();
        assert_eq!(err.field(), "priorities");

        let many: Vec<String> = (0..21).map(|i| format!("t{i:02}")).collect();
        let big = TopicList::new(many.iter().map(String::as_str)).unwrap();
        let err = Facets::parse(&[Priority::Prevention], Audience::All, &many, &big).unwrap_err();
        assert_eq!(err.field(), "topics");
        assert!(Facets::parse(&[Priority::Prevention], Audience::All, &many[..20], &big).is_ok());
    }

    #[test]
    fn repeated_priorities_and_topics_count_once() {
        let f = Facets::parse(
            &[Priority::Detection, Priority::Detection],
            Audience::All,
            &["backups".into(), "BACKUPS".into()],
            &list(),
        )
        .unwrap();
        assert_eq!(f.priorities.len(), 1);
        assert_eq!(f.topics.len(), 1);
    }
}
