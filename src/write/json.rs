use serde_json::{json, Value};

use crate::article::{Article, ScoredBlock};

fn block_json(b: &ScoredBlock) -> Value {
    json!({
        "text": b.block.text,
        "kind": b.block.kind.name(),
        "tag": b.block.tag,
        // rounded as f64: an f32 rounded first prints as 0.26899999380111694
        "score": (f64::from(b.score) * 1000.0).round() / 1000.0,
        "reasons": b.reasons.iter().map(|r| json!({
            "signal": r.signal.to_string(),
            "weight": (f64::from(r.weight) * 100.0).round() / 100.0,
        })).collect::<Vec<_>>(),
        "kept": b.kept,
        "title": b.is_title,
    })
}

/// The article as a JSON object: title, language, text and, with
/// `blocks`, every block with its score; without, the number of blocks kept.
pub fn article_value(article: &Article, blocks: bool) -> Value {
    let m = &article.meta;
    let mut v = json!({
        "title": m.title,
        "title_rule": m.title_rule.map(|r| r.name()),
        "author": crate::meta::byline(&m.authors),
        "authors": m.authors,
        "author_source": m.author_source.map(|s| s.name()),
        "date": m.date,
        "date_source": m.date_source.map(|s| s.name()),
        "url": m.url,
        "site_name": m.site_name,
        "description": m.description,
        "language": article.language.or(m.language.as_deref()),
        "encoding": article.encoding,
        "truncated": article.truncated,
        "text": article.text(),
    });
    if let Some(obj) = v.as_object_mut() {
        if blocks {
            let all = article.blocks.iter().map(block_json).collect::<Vec<_>>();
            obj.insert("blocks".into(), Value::Array(all));
        } else {
            obj.insert("blocks_kept".into(), article.kept().count().into());
        }
    }
    v
}

/// The article as one JSON object on one line; `file` adds a `file` field.
pub fn article_json(article: &Article, file: Option<&str>) -> String {
    let mut v = article_value(article, true);
    if let (Some(f), Some(obj)) = (file, v.as_object_mut()) {
        obj.insert("file".into(), Value::String(f.to_string()));
    }
    let mut s = v.to_string();
    s.push('\n');
    s
}

/// One JSON object a line per block, for `--explain --format json`.
#[cfg(feature = "cli")]
pub fn explain_json(article: &Article) -> String {
    let mut out = String::new();
    for b in &article.blocks {
        out.push_str(&block_json(b).to_string());
        out.push('\n');
    }
    out
}
