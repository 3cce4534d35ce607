"""The app shell: QApplication, main window, settings, runner, command line."""
