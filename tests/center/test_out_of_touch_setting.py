"""How long the light waits before red: 30 s unless the setting (DVC_OUT_OF_TOUCH_S, or the replicator's
constructor) says otherwise; a wrong value keeps the default."""

from __future__ import annotations

import pytest

from dvc.services.center import status as st
from dvc.services.center.link_state import LinkState


@pytest.mark.parametrize("value,seconds", [(None, 30.0), ("4", 4.0), ("0.5", 0.5), ("abc", 30.0), ("-3", 30.0),
                                           ("", 30.0)])
def test_the_setting_read_from_the_environment(monkeypatch, value, seconds):
    if value is None:
        monkeypatch.delenv(st.OUT_OF_TOUCH_ENV, raising=False)
    else:
        monkeypatch.setenv(st.OUT_OF_TOUCH_ENV, value)
    assert st.out_of_touch_seconds() == seconds


def test_red_after_the_setting_not_before(monkeypatch):
    monkeypatch.delenv(st.OUT_OF_TOUCH_ENV, raising=False)
    assert st.state_for(running=True, lag_s=0.0, silent_s=29.0) == st.IN_STEP
    assert st.state_for(running=True, lag_s=0.0, silent_s=30.0) == st.OUT_OF_TOUCH
    assert st.state_for(running=True, lag_s=0.0, silent_s=5.0, out_of_touch_s=4.0) == st.OUT_OF_TOUCH
    monkeypatch.setenv(st.OUT_OF_TOUCH_ENV, "4")
    assert st.state_for(running=True, lag_s=0.0, silent_s=5.0) == st.OUT_OF_TOUCH


def test_a_link_state_goes_red_after_its_own_limit():
    state = LinkState(pull_wait=2.0, out_of_touch_s=0.0001)
    state.started()
    import time

    time.sleep(0.01)
    assert state.status(None, running=True).state == st.OFF  # no link: not in center mode
    state.contact()
    time.sleep(0.01)
    from dvc.services.center.links import LinkInfo

    link = LinkInfo(peer_device_id="ab" * 16, role="hub", address="127.0.0.1:1", local_hub=False, sent_upto=0,
                    received_upto=0, seen={}, device_number=0, signing_key="", encryption_key="")
    assert state.status(link, running=True).state == st.OUT_OF_TOUCH
