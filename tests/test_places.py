import pytest

from succession.places import is_place, place_kind


def test_cities_and_countries_are_places():
    assert place_kind("Irkutsk") == "city"
    assert place_kind("Portugal") == "country"
    assert is_place("Smolensk")


def test_function_words_and_unknown_names_are_not_places():
    assert not is_place("The")
    assert not is_place("Of")
    assert not is_place("Kamenev")
    assert not is_place("irkutsk")  # case-sensitive: only the written name


@pytest.mark.parametrize("name", ["Oslo", "Przemyśl", "Lemberg", "Toulouse", "Arequipa"])
def test_gazetteer_knows_cities_and_former_names(name):
    assert is_place(name)


@pytest.mark.parametrize("name", ["Galicia", "Sokolnikov", "Selarong"])
def test_regions_and_surnames_are_not_gazetteer_places(name):
    assert not is_place(name)
