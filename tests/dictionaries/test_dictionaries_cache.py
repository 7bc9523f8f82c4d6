from diurna.dictionaries.cache import DictionaryCache, key_inputs


def test_dictionaries_cache_round_trip(tmp_path):
    cache = DictionaryCache(tmp_path)
    key = cache.key("builtin", str.split)
    assert cache.load(key) is None
    cache.store(key, {"names": 3})
    assert cache.load(key) == {"names": 3}


def test_dictionaries_cache_key_follows_the_tokenizer(tmp_path):
    cache = DictionaryCache(tmp_path)
    assert cache.key("builtin", str.split) != cache.key("builtin", lambda s: list(s))
    assert cache.key("builtin", str.split) == cache.key("builtin", str.split)


def test_dictionaries_cache_ignores_a_broken_file(tmp_path):
    cache = DictionaryCache(tmp_path)
    (tmp_path / "dictionaries-k.pickle").write_bytes(b"not a pickle")
    assert cache.load("k") is None


def test_dictionaries_cache_key_covers_data_and_compiler():
    # a change to how patterns are compiled or ordered must not be served from a stale cache
    names = {name for name, _ in key_inputs()}
    assert {"verbs.yaml", "patterns.py", "verbs.py", "actors.py"} <= names
