//! What an address says about the page it names.

/// A link to a site's front page: "/", "../", "index.html", or an absolute
/// address with no path.
pub fn is_front_page(href: &str) -> bool {
    let href = href.trim();
    if href.starts_with('#') {
        return false;
    }
    let path = match href.split_once("//") {
        Some((scheme, rest)) if scheme.is_empty() || scheme.ends_with(':') => {
            rest.find('/').map_or("", |i| &rest[i..])
        }
        _ => href,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let path = path.trim_start_matches("./");
    matches!(
        path.trim_start_matches('/'),
        "" | "." | ".." | "../" | "index.html" | "index.htm" | "index.php"
    )
}
