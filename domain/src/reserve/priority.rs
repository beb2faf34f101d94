//! The priority of concurrent Reserve requests: a pure function of the five criteria of
//! Regulation (EU) 2025/38, Art. 16 (the proposal's Art. 14(2)):
//! (a) the severity of the incident; (b) the type of entity, essential entities (NIS2 Art. 3(1))
//! first; (c) the impact, here patient safety first; (d) the potential cross-border spill-over;
//! (e) the measures the user has already taken (Art. 15(2)).
//!
//! **The model is data** ([`PriorityModel`]): a version, a weight per criterion (summing to
//! 100) and, per criterion, the share of its weight each value earns (0..=100 %). A criterion
//! contributes `weight × share` points; the score is their sum, 0..=10 000 (show it divided by
//! 100). Every score carries the model's version and its breakdown, so ENISA can explain any
//! ordering. Changing a number means a new version.
//!
//! **The queue** ([`order_queue`]): requests ENISA expedited first, then the others, then those
//! it deferred (each override with a recorded justification); within each group by score,
//! highest first, ties broken by endorsement time, earliest first.
use super::{MitigationMeasure, ReserveError, invalid, text};
use crate::incident::{AffectedService, Severity};
use crate::organisation::Nis2Class;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The impact on patients and services (criterion (c)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Impact {
    /// Emergency care affected, or services down: patient safety is at stake.
    PatientSafety,
    /// Patient care disrupted, but not down and not emergency care.
    CareDisrupted,
    /// Only administration, communications or other non-clinical services.
    Administrative,
}

crate::organisation::str_enum!(Impact { PatientSafety = "PATIENT_SAFETY", CareDisrupted = "CARE_DISRUPTED", Administrative = "ADMINISTRATIVE" });

impl Impact {
    /// The impact from the incident's affected services and whether services are down.
    pub fn assess(affected: &[AffectedService], services_down: bool) -> Impact {
        if services_down || affected.contains(&AffectedService::EmergencyCare) {
            Impact::PatientSafety
        } else if affected.iter().any(|s| s.is_clinical()) {
            Impact::CareDisrupted
        } else {
            Impact::Administrative
        }
    }
}

/// The potential cross-border spill-over (criterion (d)), as the single point of contact sees
/// it when it endorses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SpillOver {
    None,
    Possible,
    Likely,
}

crate::organisation::str_enum!(SpillOver { None = "NONE", Possible = "POSSIBLE", Likely = "LIKELY" });

/// A criterion of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Criterion {
    Severity,
    EntityType,
    Impact,
    CrossBorder,
    MeasuresTaken,
}

crate::organisation::str_enum!(Criterion { Severity = "SEVERITY", EntityType = "ENTITY_TYPE", Impact = "IMPACT", CrossBorder = "CROSS_BORDER", MeasuresTaken = "MEASURES_TAKEN" });

/// The weights (summing to 100) and the share of its weight each value earns (percent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PriorityModel {
    pub version: &'static str,
    /// Severity, entity type, impact, cross-border, measures taken.
    pub weights: [u32; 5],
    /// Low, medium, high, critical.
    pub severity: [u32; 4],
    /// Essential, important, other (not in NIS2's scope).
    pub entity_type: [u32; 3],
    /// Patient safety, care disrupted, administrative.
    pub impact: [u32; 3],
    /// None, possible, likely.
    pub spill_over: [u32; 3],
    // Measures taken earn the share of the checklist ticked (rounded down).
}

/// The model in force. Severity weighs most; patient safety next; then the entity type, the
/// spill-over and the requester's own measures.
pub const PRIORITY_MODEL_V1: PriorityModel = PriorityModel {
    version: "2026.1",
    weights: [30, 20, 25, 15, 10],
    severity: [10, 40, 70, 100],
    entity_type: [100, 60, 20],
    impact: [100, 60, 20],
    spill_over: [0, 50, 100],
};

impl PriorityModel {
    /// Whether the model is coherent: weights summing to 100, shares within 0..=100, and the
    /// orders the Act and the issue fix (more severe, essential before important before other,
    /// patient safety first, more spill-over) strictly increasing in priority.
    pub fn check(&self) -> Result<(), ReserveError> {
        if self.weights.iter().sum::<u32>() != 100 {
            return Err(invalid("weights", "must add up to 100"));
        }
        let increasing = |s: &[u32]| s.windows(2).all(|w| w[0] < w[1]);
        let decreasing = |s: &[u32]| s.windows(2).all(|w| w[0] > w[1]);
        let all = [
            &self.severity[..],
            &self.entity_type,
            &self.impact,
            &self.spill_over,
        ];
        if all.iter().any(|s| s.iter().any(|v| *v > 100)) {
            return Err(invalid("levels", "a share is at most 100 %"));
        }
        if !increasing(&self.severity) || !increasing(&self.spill_over) {
            return Err(invalid(
                "levels",
                "severity and spill-over must rise with their level",
            ));
        }
        if !decreasing(&self.entity_type) || !decreasing(&self.impact) {
            return Err(invalid(
                "levels",
                "essential entities and patient safety come first",
            ));
        }
        Ok(())
    }
}

/// The five criteria of one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PriorityInput {
    /// The endorsing authority's view of the severity.
    pub severity: Severity,
    /// The organisation's NIS2 class; an organisation without one counts as other.
    pub entity_type: Option<Nis2Class>,
    pub impact: Impact,
    /// The endorsing authority's view of the spill-over.
    pub spill_over: SpillOver,
    /// How many of the [`MitigationMeasure::ALL`] checklist items the requester has taken.
    pub measures_taken: usize,
}

/// One criterion's part of a score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CriterionScore {
    pub criterion: Criterion,
    /// The criterion's value, as a code (`CRITICAL`, `ESSENTIAL`, `PATIENT_SAFETY`, `LIKELY`,
    /// `4/6`).
    pub value: String,
    pub weight: u32,
    /// The share of the weight the value earns, in percent.
    pub share: u32,
    /// `weight × share`.
    pub points: u32,
}

/// A request's priority: the score (0..=10 000), the model's version, and the breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Priority {
    pub score: u32,
    pub model_version: String,
    pub breakdown: Vec<CriterionScore>,
}

/// The priority of a request under `model`.
pub fn score(input: &PriorityInput, model: &PriorityModel) -> Priority {
    let severity_idx = match input.severity {
        Severity::Low => 0,
        Severity::Medium => 1,
        Severity::High => 2,
        Severity::Critical => 3,
    };
    let (entity_idx, entity_value) = match input.entity_type {
        Some(Nis2Class::Essential) => (0, "ESSENTIAL"),
        Some(Nis2Class::Important) => (1, "IMPORTANT"),
        Some(Nis2Class::NotInScope) | None => (2, "OTHER"),
    };
    let impact_idx = match input.impact {
        Impact::PatientSafety => 0,
        Impact::CareDisrupted => 1,
        Impact::Administrative => 2,
    };
    let spill_idx = match input.spill_over {
        SpillOver::None => 0,
        SpillOver::Possible => 1,
        SpillOver::Likely => 2,
    };
    let total = MitigationMeasure::ALL.len();
    let taken = input.measures_taken.min(total);
    let measures_share = u32::try_from(taken * 100 / total).unwrap_or(100);
    let parts = [
        (
            Criterion::Severity,
            input.severity.as_str().to_owned(),
            model.severity[severity_idx],
        ),
        (
            Criterion::EntityType,
            entity_value.to_owned(),
            model.entity_type[entity_idx],
        ),
        (
            Criterion::Impact,
            input.impact.as_str().to_owned(),
            model.impact[impact_idx],
        ),
        (
            Criterion::CrossBorder,
            input.spill_over.as_str().to_owned(),
            model.spill_over[spill_idx],
        ),
        (
            Criterion::MeasuresTaken,
            format!("{taken}/{total}"),
            measures_share,
        ),
    ];
    let breakdown: Vec<CriterionScore> = parts
        .into_iter()
        .zip(model.weights)
        .map(|((criterion, value, share), weight)| CriterionScore {
            criterion,
            value,
            weight,
            share,
            points: weight * share,
        })
        .collect();
    Priority {
        score: breakdown.iter().map(|c| c.points).sum(),
        model_version: model.version.to_owned(),
        breakdown,
    }
}

/// Which way ENISA moved a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OverrideDirection {
    /// Ahead of every request not expedited.
    Expedite,
    /// Behind every request not deferred.
    Defer,
}

crate::organisation::str_enum!(OverrideDirection { Expedite = "EXPEDITE", Defer = "DEFER" });

/// ENISA's override of the order, with its recorded justification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PriorityOverride {
    pub direction: OverrideDirection,
    pub justification: String,
    pub at: DateTime<Utc>,
}

impl PriorityOverride {
    /// An override at `now`; the justification (field `justification`) is 10..=2000
    /// characters.
    pub fn parse(
        direction: OverrideDirection,
        justification: &str,
        now: DateTime<Utc>,
    ) -> Result<Self, ReserveError> {
        Ok(Self {
            direction,
            justification: text("justification", justification, 10, 2000)?,
            at: now,
        })
    }
}

/// One request in ENISA's queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueEntry<Id> {
    pub id: Id,
    pub score: u32,
    pub endorsed_at: DateTime<Utc>,
    pub priority_override: Option<PriorityOverride>,
}

/// Orders the queue: expedited, then the rest, then deferred; within each, the highest score
/// first, ties broken by the earliest endorsement, then by id (so the order is total).
pub fn order_queue<Id: Ord>(entries: &mut [QueueEntry<Id>]) {
    let group = |e: &QueueEntry<Id>| match e.priority_override.as_ref().map(|o| o.direction) {
        Some(OverrideDirection::Expedite) => 0,
        None => 1,
        Some(OverrideDirection::Defer) => 2,
    };
    entries.sort_by(|a, b| {
        group(a)
            .cmp(&group(b))
            .then(b.score.cmp(&a.score))
            .then(a.endorsed_at.cmp(&b.endorsed_at))
            .then(a.id.cmp(&b.id))
    });
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn input(
        severity: Severity,
        entity: Option<Nis2Class>,
        impact: Impact,
        spill: SpillOver,
        measures: usize,
    ) -> PriorityInput {
        PriorityInput {
            severity,
            entity_type: entity,
            impact,
            spill_over: spill,
            measures_taken: measures,
        }
    }

    #[test]
    fn the_model_in_force_is_coherent_and_incoherent_ones_are_refused() {
        assert_eq!(PRIORITY_MODEL_V1.check(), Ok(()));
        let mut m = PRIORITY_MODEL_V1.clone();
        m.weights[0] = 31;
        assert_eq!(m.check().unwrap_err().field(), Some("weights"));
        let mut m = PRIORITY_MODEL_V1.clone();
        m.entity_type = [60, 100, 20];
        assert_eq!(m.check().unwrap_err().field(), Some("levels"));
        let mut m = PRIORITY_MODEL_V1.clone();
        m.impact = [100, 100, 20];
        assert!(m.check().is_err(), "patient safety strictly first");
        let mut m = PRIORITY_MODEL_V1.clone();
        m.severity = [10, 40, 70, 101];
        assert!(m.check().is_err());
    }

    #[test]
    fn a_score_is_the_sum_of_weight_times_share_with_its_breakdown() {
        let p = score(
            &input(
                Severity::Critical,
                Some(Nis2Class::Essential),
                Impact::PatientSafety,
                SpillOver::Possible,
                3,
            ),
            &PRIORITY_MODEL_V1,
        );
        // 30×100 + 20×100 + 25×100 + 15×50 + 10×50
        assert_eq!(p.score, 3000 + 2000 + 2500 + 750 + 500);
        assert_eq!(p.model_version, "2026.1");
        let rows: Vec<(Criterion, &str, u32, u32, u32)> = p
            .breakdown
            .iter()
            .map(|c| (c.criterion, c.value.as_str(), c.weight, c.share, c.points))
            .collect();
        assert_eq!(
            rows,
            vec![
                (Criterion::Severity, "CRITICAL", 30, 100, 3000),
                (Criterion::EntityType, "ESSENTIAL", 20, 100, 2000),
                (Criterion::Impact, "PATIENT_SAFETY", 25, 100, 2500),
                (Criterion::CrossBorder, "POSSIBLE", 15, 50, 750),
                (Criterion::MeasuresTaken, "3/6", 10, 50, 500),
            ]
        );
        let least = score(
            &input(
                Severity::Low,
                None,
                Impact::Administrative,
                SpillOver::None,
                0,
            ),
            &PRIORITY_MODEL_V1,
        );
        assert_eq!(least.score, 30 * 10 + 20 * 20 + 25 * 20);
        assert_eq!(least.breakdown[1].value, "OTHER");
    }

    #[test]
    fn each_criterion_raises_the_score_in_the_acts_order() {
        let base = input(
            Severity::Medium,
            Some(Nis2Class::Important),
            Impact::CareDisrupted,
            SpillOver::Possible,
            2,
        );
        let s = |i: PriorityInput| score(&i, &PRIORITY_MODEL_V1).score;
        let b = s(base);
        assert!(
            s(PriorityInput {
                severity: Severity::High,
                ..base
            }) > b
        );
        assert!(
            s(PriorityInput {
                entity_type: Some(Nis2Class::Essential),
                ..base
            }) > b
        );
        assert!(
            s(PriorityInput {
                entity_type: Some(Nis2Class::NotInScope),
                ..base
            }) < b
        );
        assert!(
            s(PriorityInput {
                impact: Impact::PatientSafety,
                ..base
            }) > b
        );
        assert!(
            s(PriorityInput {
                spill_over: SpillOver::Likely,
                ..base
            }) > b
        );
        // A requester that has done its part comes first.
        assert!(
            s(PriorityInput {
                measures_taken: 6,
                ..base
            }) > b
        );
        assert_eq!(
            s(PriorityInput {
                measures_taken: 60,
                ..base
            }),
            s(PriorityInput {
                measures_taken: 6,
                ..base
            })
        );
    }

    #[test]
    fn patient_safety_means_emergency_care_affected_or_services_down() {
        use AffectedService::*;
        let rows: &[(&[AffectedService], bool, Impact)] = &[
            (&[EmergencyCare], false, Impact::PatientSafety),
            (&[Administration], true, Impact::PatientSafety),
            (&[Diagnostics, Administration], false, Impact::CareDisrupted),
            (
                &[Administration, Communications],
                false,
                Impact::Administrative,
            ),
        ];
        for (affected, down, expected) in rows {
            assert_eq!(
                Impact::assess(affected, *down),
                *expected,
                "{affected:?} {down}"
            );
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn the_queue_orders_by_score_then_endorsement_and_overrides_move_requests_with_a_justification()
    {
        let e = |id: u32, score: u32, endorsed: &str| QueueEntry {
            id,
            score,
            endorsed_at: at(endorsed),
            priority_override: None,
        };
        let mut q = vec![
            e(1, 5000, "2026-03-01T10:00:00Z"),
            e(2, 8000, "2026-03-01T12:00:00Z"),
            e(3, 5000, "2026-03-01T09:00:00Z"),
            e(4, 5000, "2026-03-01T09:00:00Z"),
            e(5, 9000, "2026-03-02T09:00:00Z"),
        ];
        order_queue(&mut q);
        assert_eq!(
            q.iter().map(|x| x.id).collect::<Vec<_>>(),
            vec![5, 2, 3, 4, 1]
        );
        let now = at("2026-03-03T09:00:00Z");
        assert_eq!(
            PriorityOverride::parse(OverrideDirection::Expedite, "because", now)
                .unwrap_err()
                .field(),
            Some("justification")
        );
        let up = PriorityOverride::parse(
            OverrideDirection::Expedite,
            "Paediatric ICU offline, confirmed by the CSIRT",
            now,
        )
        .unwrap();
        let down = PriorityOverride::parse(
            OverrideDirection::Defer,
            "Own responder on site since this morning",
            now,
        )
        .unwrap();
        q.iter_mut().find(|x| x.id == 1).unwrap().priority_override = Some(up);
        q.iter_mut().find(|x| x.id == 5).unwrap().priority_override = Some(down);
        order_queue(&mut q);
        assert_eq!(
            q.iter().map(|x| x.id).collect::<Vec<_>>(),
            vec![1, 2, 3, 4, 5]
        );
    }
}
