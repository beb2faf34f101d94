//! The registry: member states, organisations, accounts and login failures.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The 27 member states in 2026 (reference/member-states.md). Frozen with this migration.
const MEMBER_STATES: [(&str, &str, &str); 27] = [
    ("AT", "Austria", "EUR"),
    ("BE", "Belgium", "EUR"),
    ("BG", "Bulgaria", "EUR"),
    ("CY", "Cyprus", "EUR"),
    ("CZ", "Czechia", "CZK"),
    ("DE", "Germany", "EUR"),
    ("DK", "Denmark", "DKK"),
    ("EE", "Estonia", "EUR"),
    ("ES", "Spain", "EUR"),
    ("FI", "Finland", "EUR"),
    ("FR", "France", "EUR"),
    ("GR", "Greece", "EUR"),
    ("HR", "Croatia", "EUR"),
    ("HU", "Hungary", "HUF"),
    ("IE", "Ireland", "EUR"),
    ("IT", "Italy", "EUR"),
    ("LT", "Lithuania", "EUR"),
    ("LU", "Luxembourg", "EUR"),
    ("LV", "Latvia", "EUR"),
    ("MT", "Malta", "EUR"),
    ("NL", "Netherlands", "EUR"),
    ("PL", "Poland", "PLN"),
    ("PT", "Portugal", "EUR"),
    ("RO", "Romania", "RON"),
    ("SE", "Sweden", "SEK"),
    ("SI", "Slovenia", "EUR"),
    ("SK", "Slovakia", "EUR"),
];

#[derive(DeriveIden)]
enum MemberState {
    Table,
    Code,
    Name,
    Currency,
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
    Kind,
    Name,
    MemberState,
    Status,
    HealthcareType,
    Nis2Class,
    RegistrationId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AppUser {
    Table,
    Id,
    Email,
    DisplayName,
    Role,
    OrganisationId,
    PasswordHash,
    OidcIssuer,
    OidcSubject,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LoginFailure {
    Table,
    Id,
    Key,
    At,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MemberState::Table)
                    .col(string_len(MemberState::Code, 2).primary_key())
                    .col(string(MemberState::Name))
                    .col(string_len(MemberState::Currency, 3))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(MemberState::Table)
            .columns([MemberState::Code, MemberState::Name, MemberState::Currency])
            .to_owned();
        for (code, name, currency) in MEMBER_STATES {
            insert.values_panic([code.into(), name.into(), currency.into()]);
        }
        manager.exec_stmt(insert).await?;

        manager
            .create_table(
                Table::create()
                    .table(Organisation::Table)
                    .col(uuid(Organisation::Id).primary_key())
                    .col(string_len(Organisation::Kind, 32))
                    .col(string_len(Organisation::Name, 200))
                    .col(string_len(Organisation::MemberState, 2))
                    .col(string_len(Organisation::Status, 16))
                    .col(string_len_null(Organisation::HealthcareType, 32))
                    .col(string_len_null(Organisation::Nis2Class, 16))
                    .col(string_len_null(Organisation::RegistrationId, 64))
                    .col(timestamp_with_time_zone(Organisation::CreatedAt))
                    .col(timestamp_with_time_zone(Organisation::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("organisation_member_state_fk")
                            .from(Organisation::Table, Organisation::MemberState)
                            .to(MemberState::Table, MemberState::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("organisation_registration_unique")
                    .table(Organisation::Table)
                    .col(Organisation::MemberState)
                    .col(Organisation::RegistrationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("organisation_member_state_status_idx")
                    .table(Organisation::Table)
                    .col(Organisation::MemberState)
                    .col(Organisation::Status)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AppUser::Table)
                    .col(uuid(AppUser::Id).primary_key())
                    .col(string_len(AppUser::Email, 254))
                    .col(string_len(AppUser::DisplayName, 120))
                    .col(string_len(AppUser::Role, 32))
                    .col(uuid_null(AppUser::OrganisationId))
                    .col(string_null(AppUser::PasswordHash))
                    .col(string_null(AppUser::OidcIssuer))
                    .col(string_null(AppUser::OidcSubject))
                    .col(boolean(AppUser::Active))
                    .col(timestamp_with_time_zone(AppUser::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("app_user_organisation_fk")
                            .from(AppUser::Table, AppUser::OrganisationId)
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("app_user_email_unique")
                    .table(AppUser::Table)
                    .col(AppUser::Email)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("app_user_oidc_unique")
                    .table(AppUser::Table)
                    .col(AppUser::OidcIssuer)
                    .col(AppUser::OidcSubject)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LoginFailure::Table)
                    .col(uuid(LoginFailure::Id).primary_key())
                    .col(string_len(LoginFailure::Key, 300))
                    .col(timestamp_with_time_zone(LoginFailure::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("login_failure_key_at_idx")
                    .table(LoginFailure::Table)
                    .col(LoginFailure::Key)
                    .col(LoginFailure::At)
                    .to_owned(),
            )
            .await
    }
}
