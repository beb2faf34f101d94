//! Accounts: login, the caller, and account management by the platform admin.
use super::context::ctx;
use super::loaders::{self, OrganisationLoader};
use super::member_states::MemberState;
use super::organisations::Organisation;
use super::pagination::{Conn, connection, page_request};
use super::scalars::{id, parse_id, parse_optional_id};
use crate::actions::accounts::Account;
use crate::actions::accounts::{self, NewUser};
use crate::actions::organisations::Organisation as DOrganisation;
use crate::error::ApiResult;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::account::{Email, NewPassword, parse_display_name};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::account::Role")]
pub enum Role {
    PlatformAdmin,
    EnisaStaff,
    AgencyOfficer,
    ProviderUser,
    ServiceProvider,
    /// An officer of a member state's NIS2 authority (CSIRT, competent authority, single point
    /// of contact): its member state's incident cases.
    AuthorityOfficer,
}

/// An account.
pub struct User {
    pub account: Account,
    /// The account's organisation, when already read (the login payload reads it in the
    /// account's new scope); otherwise it loads in the caller's scope.
    pub organisation: Option<Option<DOrganisation>>,
}

impl From<Account> for User {
    fn from(account: Account) -> Self {
        Self {
            account,
            organisation: None,
        }
    }
}

impl User {
    async fn load_organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        if let Some(preloaded) = &self.organisation {
            return Ok(preloaded.clone().map(Organisation));
        }
        let Some(id) = self.account.organisation_id else {
            return Ok(None);
        };
        Ok(loaders::load::<OrganisationLoader>(ctx, id)
            .await?
            .map(Organisation))
    }
}

#[Object]
impl User {
    async fn id(&self) -> ID {
        id(self.account.id)
    }
    async fn email(&self) -> &str {
        &self.account.email
    }
    async fn display_name(&self) -> &str {
        &self.account.display_name
    }
    async fn role(&self) -> Role {
        self.account.role.into()
    }
    async fn active(&self) -> bool {
        self.account.active
    }
    /// The language of the account's e-mails.
    async fn language(&self) -> super::languages::MailLanguage {
        self.account.language.into()
    }
    /// The account's organisation, when the caller may see it.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        self.load_organisation(ctx).await
    }
    /// The member state of the account's organisation, when the caller may see it.
    async fn member_state(&self, ctx: &Context<'_>) -> ApiResult<Option<MemberState>> {
        Ok(self
            .load_organisation(ctx)
            .await?
            .map(|o| o.0.member_state.into()))
    }
}

#[derive(SimpleObject)]
pub struct LoginPayload {
    /// A bearer token for the `Authorization` header.
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user: User,
}

#[derive(InputObject)]
pub struct CreateUserInput {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// Required for agency officers, provider users and service providers: an organisation of
    /// the matching kind.
    pub organisation_id: Option<ID>,
    /// At least 12 characters.
    pub password: String,
}

#[derive(Default)]
pub struct AccountQuery;

#[Object]
impl AccountQuery {
    /// The caller, or `null` when not logged in.
    async fn me(&self, c: &Context<'_>) -> ApiResult<Option<User>> {
        Ok(accounts::me(ctx(c)?).await?.map(User::from))
    }

    /// All accounts (platform admin).
    async fn users(
        &self,
        c: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Conn<User>> {
        let page = accounts::list(ctx(c)?, page_request(first, after)?).await?;
        connection(page, |a| a.id, |a| Ok(User::from(a)))
    }
}

#[derive(Default)]
pub struct AccountMutation;

#[Object]
impl AccountMutation {
    /// Logs in with e-mail and password. Failures are rate-limited per account and per IP
    /// address and never say which part was wrong.
    async fn login(
        &self,
        c: &Context<'_>,
        email: String,
        password: String,
    ) -> ApiResult<LoginPayload> {
        let done = accounts::login(ctx(c)?, &email, password).await?;
        Ok(LoginPayload {
            token: done.token,
            expires_at: done.expires_at,
            user: User {
                account: done.account,
                organisation: Some(done.organisation),
            },
        })
    }

    /// Deactivates or reactivates an account (platform admin). A deactivated account cannot
    /// log in, and the tokens it holds stop working within 30 seconds on every server.
    async fn set_user_active(&self, c: &Context<'_>, id: ID, active: bool) -> ApiResult<User> {
        let id = parse_id("id", &id)?;
        Ok(accounts::set_active(ctx(c)?, id, active).await?.into())
    }

    /// Signs the caller out on every device: every token issued to this account before stops
    /// working (on every server within 30 seconds). Log in again for a new token.
    async fn sign_out_everywhere(&self, c: &Context<'_>) -> ApiResult<User> {
        Ok(accounts::sign_out_everywhere(ctx(c)?).await?.into())
    }

    /// Creates an account (platform admin).
    async fn create_user(&self, c: &Context<'_>, input: CreateUserInput) -> ApiResult<User> {
        let new = NewUser {
            email: Email::parse(&input.email)?,
            display_name: parse_display_name(&input.display_name)?,
            role: input.role.into(),
            organisation_id: parse_optional_id("organisationId", input.organisation_id.as_ref())?,
            password: NewPassword::parse(&input.password)?,
        };
        Ok(accounts::create(ctx(c)?, new).await?.into())
    }
}

/// An officer named on a record (who recommended, decided or paid): the name a colleague
/// quotes, never the e-mail or the role. Visible to the officer's own agency and the platform
/// admin (`account.officer_name`); `null` for anyone else, ENISA staff included (a clinic sees
/// that a second officer was involved, not who).
pub struct Officer(Account);

#[Object]
impl Officer {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn display_name(&self) -> &str {
        &self.0.display_name
    }
}

/// The officer with this id, when the caller may see them (batched per request).
pub(super) async fn officer(
    c: &Context<'_>,
    who: Option<uuid::Uuid>,
) -> ApiResult<Option<Officer>> {
    let Some(who) = who else {
        return Ok(None);
    };
    Ok(loaders::load::<loaders::AccountLoader>(c, who)
        .await?
        .map(Officer))
}
