//! Any bytes as a WARC stream (plain or gzip): records or errors, no panic,
//! no endless loop.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pith::batch::warc::WarcReader;

fuzz_target!(|data: &[u8]| {
    let Ok(mut reader) = WarcReader::new(data, 1 << 20) else {
        return;
    };
    // every call consumes input or ends the stream
    for _ in 0..data.len() + 2 {
        match reader.next_record() {
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => return,
        }
    }
    panic!("more records than bytes");
});
