//! Units decided as one, not block by block: a thread of reader comments
//! under the article, a rail of dated teasers, and whole posts after the
//! article's own. Each unit's blocks carry its reason (`unit:…`).

mod comments;
mod posts;
mod rail;

pub(super) use comments::comment_thread;
pub(super) use posts::other_posts;
pub(super) use rail::dated_rail;
