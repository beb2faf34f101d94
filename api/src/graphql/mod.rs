//! The GraphQL schema, assembled from one module per capability. Resolvers are thin: parse the
//! input into domain types (shared parsers in [`scalars`]), call the capability's action with
//! the request's [`context::ctx`], and map the result. They never check roles or touch the
//! store; errors become GraphQL errors in one place ([`error`]).
pub mod accounts;
pub mod alerts;
pub mod applications;
pub mod attachments;
pub mod audit;
pub mod catalogue;
pub mod context;
pub mod directory;
pub mod email;
pub mod error;
pub mod funds;
pub mod guard;
pub mod incidents;
pub mod languages;
pub mod loaders;
pub mod member_states;
pub mod notifications;
pub mod organisations;
pub mod pagination;
pub mod pending_work;
pub mod profiles;
pub mod programmes;
pub mod redemptions;
pub mod references;
pub mod reserve;
pub mod scalars;
pub mod sme;
pub mod subscription;
pub mod training;
pub mod vouchers;

use crate::config::Limits;
use async_graphql::{MergedObject, Schema};

#[derive(MergedObject, Default)]
pub struct QueryRoot(
    accounts::AccountQuery,
    member_states::MemberStateQuery,
    organisations::OrganisationQuery,
    profiles::ProfileQuery,
    audit::AuditQuery,
    sme::SmeQuery,
    programmes::ProgrammeQuery,
    applications::ApplicationQuery,
    vouchers::VoucherQuery,
    redemptions::RedemptionQuery,
    references::ReferenceQuery,
    pending_work::PendingWorkQuery,
    notifications::NotificationQuery,
    directory::DirectoryQuery,
    incidents::IncidentQuery,
    alerts::AlertQuery,
    catalogue::CatalogueQuery,
    training::TrainingQuery,
    reserve::ReserveQuery,
    email::EmailQuery,
);

#[derive(MergedObject, Default)]
pub struct MutationRoot(
    accounts::AccountMutation,
    organisations::OrganisationMutation,
    profiles::ProfileMutation,
    programmes::ProgrammeMutation,
    funds::FundsMutation,
    applications::ApplicationMutation,
    vouchers::VoucherMutation,
    redemptions::RedemptionMutation,
    notifications::NotificationMutation,
    incidents::IncidentMutation,
    alerts::AlertMutation,
    catalogue::CatalogueMutation,
    training::TrainingMutation,
    reserve::ReserveMutation,
    email::EmailMutation,
);

pub type AppSchema = Schema<QueryRoot, MutationRoot, subscription::SubscriptionRoot>;

/// Builds the schema with the protective limits; production hides introspection and
/// suggestions.
pub fn build_schema(limits: &Limits, production: bool) -> AppSchema {
    let mut b = Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        subscription::SubscriptionRoot,
    )
    .limit_depth(limits.depth)
    .limit_complexity(limits.complexity)
    .limit_directives(limits.directives)
    .limit_recursive_depth(32);
    if production {
        b = b.disable_introspection().disable_suggestions();
    }
    b.finish()
}

/// The SDL, for `cyberhealth schema` and the frontend's code generation.
pub fn sdl() -> String {
    build_schema(&Limits::default(), false).sdl()
}
