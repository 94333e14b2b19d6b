//! The page's JSON-LD: what the page says of itself in `application/ld+json`
//! (its article's headline, authors and dates, its `WebPage` name).

use std::collections::HashMap;

use serde_json::Value;

/// JSON-LD types that describe the article itself.
const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "techarticle",
    "scholarlyarticle",
    "report",
    "medicalwebpage",
    "recipe",
    "howto",
    "review",
    "videoobject",
    "podcastepisode",
    "qapage",
    "discussionforumposting",
];

/// The JSON-LD of a page: every object, and those with an `@id` by id.
#[derive(Debug, Default)]
pub struct JsonLd {
    objects: Vec<Value>,
}

/// What a page's JSON-LD names it, for choosing its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaName {
    /// The headline of the article it declares.
    Article(String),
    /// The name of a `WebPage` it declares, with no article.
    Page(String),
}

impl JsonLd {
    /// Every object, in the order found.
    pub fn objects(&self) -> &[Value] {
        &self.objects
    }

    /// Parses the page's JSON-LD scripts (those that are not JSON are left
    /// out).
    pub fn parse(scripts: &[String]) -> JsonLd {
        let mut objects = Vec::new();
        for s in scripts {
            let s = s
                .trim()
                .trim_start_matches("<![CDATA[")
                .trim_end_matches("]]>");
            let s = s.trim().trim_end_matches(';');
            let v: Value = match serde_json::from_str(s) {
                Ok(v) => v,
                // raw newlines inside strings are common and not JSON
                Err(_) => match serde_json::from_str(&s.replace(['\n', '\r', '\t'], " ")) {
                    Ok(v) => v,
                    Err(_) => continue,
                },
            };
            flatten(v, &mut objects, 0);
        }
        JsonLd { objects }
    }

    pub fn by_id(&self) -> HashMap<&str, &Value> {
        self.objects
            .iter()
            .filter_map(|o| Some((o.get("@id")?.as_str()?, o)))
            .collect()
    }

    /// Whether an object is typed as an article (`NewsArticle`,
    /// `BlogPosting`, …).
    pub fn declares_article(&self) -> bool {
        self.objects.iter().any(|o| {
            type_names(o)
                .iter()
                .any(|t| ARTICLE_TYPES.contains(&t.as_str()))
        })
    }

    /// The first object typed as an article; failing that, a `WebPage`.
    pub fn article(&self) -> Option<&Value> {
        let typed =
            |o: &&Value, types: &[&str]| type_names(o).iter().any(|t| types.contains(&t.as_str()));
        // an embedded video's upload date is not the article's
        let media = ["videoobject", "podcastepisode"];
        self.objects
            .iter()
            .find(|o| typed(o, ARTICLE_TYPES) && !typed(o, &media))
            .or_else(|| self.objects.iter().find(|o| typed(o, ARTICLE_TYPES)))
            .or_else(|| {
                self.objects
                    .iter()
                    .find(|o| typed(o, &["webpage", "itempage", "profilepage"]))
            })
    }

    /// The headline of the declared article, or the name of the declared
    /// page when there is no article.
    pub fn schema_name(&self) -> Option<SchemaName> {
        let o = self.article()?;
        if type_names(o)
            .iter()
            .any(|t| ARTICLE_TYPES.contains(&t.as_str()))
        {
            self.text(o, "headline")
                .or_else(|| self.text(o, "name"))
                .map(SchemaName::Article)
        } else {
            self.text(o, "name").map(SchemaName::Page)
        }
    }

    pub fn website_name(&self) -> Option<String> {
        self.objects
            .iter()
            .find(|o| {
                type_names(o)
                    .iter()
                    .any(|t| t == "website" || t == "organization" || t == "newsmediaorganization")
            })
            .and_then(|o| self.text(o, "name"))
    }

    /// A string field (or the first string of an array), collapsed.
    pub fn text(&self, o: &Value, key: &str) -> Option<String> {
        let v = o.get(key)?;
        let s = match v {
            Value::String(s) => s.as_str(),
            Value::Array(a) => a.iter().find_map(Value::as_str)?,
            Value::Object(obj) => obj.get("@value").and_then(Value::as_str)?,
            _ => return None,
        };
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        (!s.is_empty()).then_some(s)
    }

    /// Whether every author in `v` is typed as an organization.
    pub fn all_organizations(&self, v: Option<&Value>) -> bool {
        let items: Vec<&Value> = match v {
            Some(Value::Array(a)) => a.iter().collect(),
            Some(other) => vec![other],
            None => return false,
        };
        let ids = self.by_id();
        !items.is_empty()
            && items.iter().all(|item| {
                let resolved = match item.get("@id").and_then(Value::as_str) {
                    Some(id) if item.get("@type").is_none() => ids.get(id).copied().unwrap_or(item),
                    _ => item,
                };
                type_names(resolved).iter().any(|t| {
                    t.contains("organization") || t == "corporation" || t == "newsmediaorganization"
                })
            })
    }

    pub fn id_or_text(&self, v: Option<&Value>) -> Option<String> {
        match v? {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o
                .get("@id")
                .or_else(|| o.get("url"))?
                .as_str()
                .map(str::to_string),
            _ => None,
        }
    }

    /// Names, as written, from a person/organization value: a string, an object with
    /// `name` (or an `@id` pointing at one), or an array of those.
    pub fn names(&self, v: Option<&Value>) -> Vec<String> {
        let Some(v) = v else { return Vec::new() };
        let ids = self.by_id();
        let mut raw: Vec<String> = Vec::new();
        let items: Vec<&Value> = match v {
            Value::Array(a) => a.iter().collect(),
            other => vec![other],
        };
        for item in items.into_iter().take(10) {
            match item {
                Value::String(s) => raw.push(s.clone()),
                Value::Object(o) => {
                    let resolved = match o.get("name") {
                        Some(_) => Some(item),
                        None => o
                            .get("@id")
                            .and_then(Value::as_str)
                            .and_then(|id| ids.get(id).copied()),
                    };
                    if let Some(name) = resolved.and_then(|r| self.text(r, "name")) {
                        raw.push(name);
                    }
                }
                _ => {}
            }
        }
        raw
    }
}

/// Every object in a JSON-LD value: top level, arrays, `@graph`, and one
/// level of `mainEntity`.
fn flatten(v: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 || out.len() > 200 {
        return;
    }
    match v {
        Value::Array(a) => a.into_iter().for_each(|x| flatten(x, out, depth + 1)),
        Value::Object(mut o) => {
            if let Some(g) = o.remove("@graph") {
                flatten(g, out, depth + 1);
            }
            if let Some(main) = o.get("mainEntity").filter(|m| m.is_object()).cloned() {
                flatten(main, out, depth + 1);
            }
            out.push(Value::Object(o));
        }
        _ => {}
    }
}

pub(crate) fn type_names(o: &Value) -> Vec<String> {
    match o.get("@type") {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_ascii_lowercase)
            .collect(),
        _ => Vec::new(),
    }
}
