# GUI tests of the planning screens.
