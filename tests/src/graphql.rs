//! Talking GraphQL to the server over real HTTP.
use crate::TestApp;
use serde_json::{Value, json};

/// A GraphQL answer: HTTP status and JSON body.
#[derive(Debug, Clone)]
pub struct Gql {
    pub status: u16,
    pub body: Value,
}

impl Gql {
    /// `extensions.code` of the first error, if any.
    pub fn code(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["code"].as_str()
    }
    /// `extensions.field` of the first error, if any.
    pub fn field(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["field"].as_str()
    }
    /// The `data`, asserting there were no errors.
    pub fn ok(&self) -> &Value {
        assert!(
            self.body.get("errors").is_none(),
            "unexpected errors: {}",
            self.body
        );
        assert_eq!(self.status, 200, "status for {}", self.body);
        &self.body["data"]
    }
    /// Asserts the first error's code and returns self.
    pub fn expect_code(&self, code: &str) -> &Self {
        assert_eq!(
            self.code(),
            Some(code),
            "expected {code}, got {}",
            self.body
        );
        self
    }
}

impl TestApp {
    /// POSTs an operation as `application/json`, with a bearer token if given.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Gql {
        self.gql_body(token, json!({ "query": query, "variables": variables }))
            .await
    }

    pub async fn gql_body(&self, token: Option<&str>, body: Value) -> Gql {
        let mut req = self.http.post(self.url("/graphql")).json(&body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.expect("request sent");
        let status = res.status().as_u16();
        let body = res.json::<Value>().await.unwrap_or(Value::Null);
        Gql { status, body }
    }

    /// POSTs an operation from another loopback address (`127.0.0.x`), as a second client
    /// machine would: the server sees it as a different client address.
    pub async fn gql_from(
        &self,
        address: [u8; 4],
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> Gql {
        let client = reqwest::Client::builder()
            .local_address(std::net::IpAddr::from(address))
            .build()
            .expect("a client bound to the address");
        let mut req = client
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.expect("request sent");
        let status = res.status().as_u16();
        let body = res.json::<Value>().await.unwrap_or(Value::Null);
        Gql { status, body }
    }

    /// POSTs with a raw `Authorization` header value.
    pub async fn gql_with_auth_header(&self, header: &str, query: &str) -> Gql {
        let res = self
            .http
            .post(self.url("/graphql"))
            .header("authorization", header)
            .json(&json!({ "query": query }))
            .send()
            .await
            .expect("request sent");
        let status = res.status().as_u16();
        let body = res.json::<Value>().await.unwrap_or(Value::Null);
        Gql { status, body }
    }

    /// Rows of the audit trail, newest first, read directly from the database.
    pub async fn audit_rows(&self) -> Vec<api::store::entities::audit_log::Model> {
        use sea_orm::{EntityTrait, QueryOrder};
        api::store::entities::audit_log::Entity::find()
            .order_by_desc(api::store::entities::audit_log::Column::Id)
            .all(self.state.store.db())
            .await
            .unwrap()
    }
}
