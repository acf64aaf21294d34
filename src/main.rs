fn main() {
    eprintln!("newsfacts: CLI not wired yet");
    std::process::exit(2);
}
